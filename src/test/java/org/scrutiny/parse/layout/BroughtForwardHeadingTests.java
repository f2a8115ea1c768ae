package org.scrutiny.parse.layout;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BroughtForwardHeadingTests {

	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Actions arising from the February 2018 meeting                   | 2018-03-27 | 2018-02
			Actions from the 3 August meeting were then discussed.          | 2011-10-04 | 2011-08
			Action arising from the January 2018 meeting:                    | 2018-03-27 | 2018-01
			Action arising from the November 2018 meeting:                   | 2019-01-30 | 2018-11
			OUTSTANDING MATTERS - actions arising from the September meeting | 2016-10-19 | 2016-09
			actions arising from the December meeting                        | 2019-01-30 | 2018-12
			actions arising from the January meeting                         | 2019-01-30 | 2018-01
			2.2 Actions from the February 2019 meeting were reviewed:        | 2019-03-12 | 2019-02
			Actions from the meeting held on 12 May 2019                     | 2019-06-11 | 2019-05
			Actions arising from the meeting held on Tuesday 12th February 2019 | 2019-03-12 | 2019-02
			""")
	void readsTheMonthThatRaisedTheActions(String line, LocalDate meeting, YearMonth expected) {
		assertThat(BroughtForwardHeading.match(line, meeting)).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			NOTES AND ACTIONS FROM THE PREVIOUS MEETING (26 JANUARY 2021) | 2021-01
			Actions arising from the February 2018 meeting                | 2018-02
			Actions from the last meeting                                 |
			Actions arising from the previous meeting:                    |
			**2.1 Review of actions**                                     |
			Outstanding actions                                           |
			""")
	void readsAnOriginHeadingDatedOrNot(String line, YearMonth month) {
		assertThat(BroughtForwardHeading.origin(line, LocalDate.of(2018, 3, 27))).contains(new BroughtForwardHeading.Origin(month));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Deliverables - on hold.                                                  | on hold
			Actions on hold                                                          | on hold
			Items carried forward                                                    | carried forward
			Deferred actions                                                         | deferred
			The project was put on hold until the budget is agreed by the Board.     |
			Carried forward balance of £345.37                                       |
			Deliverables                                                             |
			""")
	void readsTheStatusAHeadingGivesItsList(String line, String status) {
		assertThat(BroughtForwardHeading.heldStatus(line)).isEqualTo(java.util.Optional.ofNullable(status));
	}

	@Test
	void recognisesAHeadingBeforeTheMeetingDateIsKnown() {
		assertThat(BroughtForwardHeading.match("OUTSTANDING MATTERS - actions arising from the September meeting", null)).isPresent();
	}

	@Test
	void readsAMeetingOfDate() {
		assertThat(BroughtForwardHeading.match("Actions arising from the meeting of 12 February 2019", LocalDate.of(2019, 3, 12)))
			.contains(YearMonth.of(2019, 2));
	}

	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			12/03/2019     | 2019-04-09 | 2019-03
			12 March 2019  | 2019-04-09 | 2019-03
			March 2019     | 2019-04-09 | 2019-03
			Mar-19         | 2019-04-09 | 2019-03
			February       | 2019-01-30 | 2018-02
			November       | 2019-01-30 | 2018-11
			14/05/2019     | 2019-07-09 | 2019-05
			July 2018      | 2018-10-08 | 2018-07
			""")
	void readsATablesRaisedCell(String cell, LocalDate meeting, YearMonth expected) {
		assertThat(BroughtForwardHeading.monthOfCell(cell, meeting)).contains(expected);
	}

	@Nested
	class NotAHeading {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Actions arising:
				Actions arising
				Ac etions arising:
				ACC to share the findings of the Forces work on unresourced incident levels with the CC and the PCC
				HMICFRS inspection programme / Matters arising from the Service Improvement Board (SIB)
				the January meeting was agreed in August 2018. The update provided
				Outstanding Matters / Matters arising
				The committee agreed a review of actions taken by the council on the footpath.
				9.	Action log
				""")
		void leavesOtherLinesAlone(String line) {
			assertThat(BroughtForwardHeading.match(line, LocalDate.of(2019, 1, 30))).isEmpty();
			assertThat(BroughtForwardHeading.origin(line, LocalDate.of(2019, 1, 30))).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				ASAP
				Ongoing
				DCC
				""")
		void readsNoMonthFromACellThatNamesNone(String cell) {
			assertThat(BroughtForwardHeading.monthOfCell(cell, LocalDate.of(2019, 1, 30))).isEmpty();
		}

	}

}
