package org.scrutiny.parse.actions;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.Due;

import static org.assertj.core.api.Assertions.assertThat;

/** Due as YYYY-MM or YYYY-MM-DD; an empty cell is no due date, or no next-meeting date in the notes. */
class DueDateRuleTests {

	private static String due(String text, LocalDate meeting, LocalDate nextMeeting) {
		return DueDateRule.find(text, meeting, nextMeeting).map(Due::toString).orElse(null);
	}

	private static String dueCell(String cell, LocalDate meeting, LocalDate nextMeeting) {
		return DueDateRule.fromCell(cell, meeting, nextMeeting).map(Due::toString).orElse(null);
	}

	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			An update to be brought back to HTA in three months.                                             | 2018-03-27 |            | 2018-06
			The ACC to provide an update in May on the multi-agency safeguarding approach to CSE in Shropshire, Worcestershire and Herefordshire. | 2018-03-27 | 2018-04-24 | 2018-05
			An update on recovery plan progress to be provided to the November meeting.                      | 2016-10-19 | 2016-11-29 | 2016-11
			PCC to be given a debrief on the post implementation review March 2017.                          | 2016-10-19 | 2016-11-29 | 2017-03
			Within two weeks the CC to provide a plan of strategic delivery with timelines in line with the police and crime plan | 2019-01-30 | 2019-03-26 | 2019-02-13
			The DCC will provide a further update on this work (to include strategy, principles and governance arrangements) at the March 2018 holding to account meeting. | 2018-01-30 | | 2018-03
			DCC Harris to circulate the revised PEEL improvement plan to Board members by 30 June 2019.      | 2019-03-12 | 2019-04-09 | 2019-06-30
			CC to provide a written update on 101 abandonment rates and the recruitment of additional call handlers within two months. | 2019-03-12 | 2019-04-09 | 2019-05
			ACC Smith and the Chief Executive to agree terms of reference for the panel's review by the next meeting. | 2019-03-12 | 2019-04-09 | 2019-04
			ACC Smith and the Chief Executive to agree terms of reference for the panel's review by the next meeting. | 2019-03-12 |            |
			TP to provide a breakdown of how the precept uplift will be allocated across neighbourhood policing teams for the May meeting. | 2019-03-12 | 2019-04-09 | 2019-05
			The DCC to report back by 30/04/2019                                                             | 2019-03-12 |            | 2019-04-30
			The 12 recommendations to be actioned before the end of December                                | 2018-10-16 |            | 2018-12
			The ACC to provide an update in February                                                         | 2018-03-27 |            | 2019-02
			Secretariat to circulate paper on UPI’s before next meeting.                                     | 2011-11-14 | 2012-01-17 | 2012-01
			Iain Bell to examine research design of the Directline survey and report back at the next meeting. | 2011-10-04 |          |
			Lewis will conduct the keyholder induction at a Wed Talkshop (23/7)                              | 2025-07-19 | 2025-08-23 | 2025-07-23
			Communicate with bands. JC will draft by end of week.                                            | 2025-07-19 | 2025-08-23 | 2025-07-25
			At november meeting, let’s review the nominations                                                | 2017-10-10 |            | 2017-11
			He would do so and report to the February meeting.                                               | 2025-01-13 |            | 2025-02
			copies for despatch to the City Council before Christmas if possible and at the latest before 31 December. | 2024-12-02 | | 2024-12-31
			The group will be holding a community Clean Up Day on 24th March and volunteers were being sort to support this. | 2024-01-03 | | 2024-03-24
			Request for CO to ensure publication of Transition Board Minutes from meeting on 25 October. [DN: Pete to take forward?] | 2011-11-14 | |
			""")
	void readsTheDueDateFromTheAction(String action, LocalDate meeting, LocalDate nextMeeting, String expected) {
		assertThat(due(action, meeting, nextMeeting)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			IMU backlog to be brought back to a future HTA consolidation meeting
			The weekly dashboard reports is to be amended to provide more meaningful data on performance against the unresourced action plan
			Unresourced incidents to form part of the regular DPCC / ACC meeting.
			PCC to determine who from his office does/should attend the Information Management Strategic Board.
			DPCC and ACC to work with Chair of LCJB to simplify the data presented to the Board
			Clarify the strategic direction for IVM in 2019/20.
			Once the Talent Management strategy has been to Executive Board it is to be shared with the PCC.
			""")
	void readsNoDueDateWhereTheActionGivesNone(String action) {
		assertThat(due(action, LocalDate.of(2018, 3, 27), LocalDate.of(2018, 4, 24))).isNull();
	}

	/** The forms issue 22 names, as it quotes them. */
	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			w/c 12/3       | 2024-02-06 | 2024-03-12
			end of Q2      | 2019-03-12 | 2019-09
			by 31 March    | 2024-01-03 | 2024-03-31
			ASAP           | 2019-03-12 |
			""")
	void readsTheFormsIssue22Names(String text, LocalDate meeting, String expected) {
		assertThat(due(text, meeting, null)).isEqualTo(expected);
	}

	@Test
	void readsADueDateInWeeks() {
		assertThat(due("An update to be provided in six weeks.", LocalDate.of(2019, 3, 12), null)).isEqualTo("2019-04-23");
	}

	/** The due cell of an action table. */
	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			30/06/2019   | 2019-03-12 | 2019-04-09 | 2019-06-30
			31 May 2019  | 2019-03-12 | 2019-04-09 | 2019-05-31
			April 2019   | 2019-03-12 | 2019-04-09 | 2019-04
			July         | 2019-03-12 | 2019-04-09 | 2019-07
			Sept         | 2019-03-12 | 2019-04-09 | 2019-09
			January      | 2019-01-30 |            | 2019-01
			February     | 2019-03-12 |            | 2020-02
			End of June  | 2019-03-12 |            | 2019-06
			Next meeting | 2019-03-12 | 2019-04-09 | 2019-04
			Next meeting | 2019-03-12 |            |
			Sept 2019    | 2019-07-09 | 2019-09-10 | 2019-09
			October 2019 | 2019-07-09 | 2019-09-10 | 2019-10
			31/07/2019   | 2019-07-09 | 2019-09-10 | 2019-07-31
			ASAP         | 2019-03-12 | 2019-04-09 |
			Ongoing      | 2019-03-12 | 2019-04-09 |
			TBC          | 2019-03-12 | 2019-04-09 |
			""")
	void readsADueCell(String cell, LocalDate meeting, LocalDate nextMeeting, String expected) {
		assertThat(dueCell(cell, meeting, nextMeeting)).isEqualTo(expected);
	}

	@Test
	void readsAShortMonthYearDueCell() {
		assertThat(dueCell("Mar-19", LocalDate.of(2019, 1, 30), null)).isEqualTo("2019-03");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Ensure there is remote participation available for the Berlin SC meeting | Berlin | 2018-03-20 | 2018-03
			Ensure there is remote participation available for the Berlin SC meeting | Berlin |            |
			Ensure there is remote participation available for the Berlin SC meeting | Paris  | 2018-03-20 |
			Share the Berlin workshop slides with the collaboration                  | Berlin | 2018-03-20 |
			""")
	void readsAMeetingNamedByTheNextMeetingsPlace(String action, String place, LocalDate nextMeeting, String expected) {
		assertThat(DueDateRule.atPlace(action, place, nextMeeting).map(Due::toString).orElse(null)).isEqualTo(expected);
	}

}
