package org.scrutiny.parse.owners;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.RoleRef;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerSubjectTests {

	private final OwnerSubject subject = new OwnerSubject(new OwnerColumnResolver(BoardAttendance.index()));

	private static String codes(List<RoleRef> owners) {
		return owners.stream().map(RoleRef::code).collect(Collectors.joining(", "));
	}

	/** Actions from the seeds and the numbered minutes, and the owners their subjects name. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The ACC to provide an update in May on the multi-agency safeguarding approach to CSE in Shropshire, Worcestershire and Herefordshire. | ACC
			DPCC and ACC to work with Chair of LCJB to simplify the data presented to the Board | DPCC, ACC
			The DCC will provide a further update on this work (to include strategy, principles and governance arrangements) at the March 2018 holding to account meeting. | DCC
			Within two weeks the CC to provide a plan of strategic delivery with timelines in line with the police and crime plan | CC
			The CEx to work with the Head of Force Ops to review the SRP governance model and work up proposals to reinvigorate local partner buy in. | CEX
			ACC to share the findings of the Forces work on unresourced incident levels with the CC and the PCC which includes an indication of 'normal' levels. | ACC
			The ACC to review and share the work on which officers can use the drugs testing kits. | ACC
			PCC to determine who from his office does/should attend the Information Management Strategic Board. | PCC
			PCC to meet the CPS lead for the West Midlands | PCC
			The Superintendent Head of Vulnerability and Safeguarding is to undertake a partner / CSE review. | Head of Vulnerability and Safeguarding
			DCC Harris to circulate the revised PEEL improvement plan to Board members by 30 June 2019. | DCC
			JS to arrange a briefing for the Board on body-worn video compliance during stop and search encounters. | ACC
			ACC Smith and the Chief Executive to agree terms of reference for the panel's review by the next meeting. | ACC, CEX
			The Chief Executive and ACC Smith to agree terms of reference for the panel's review by the next meeting. | CEX, ACC
			CC to provide a written update on 101 abandonment rates and the recruitment of additional call handlers within two months. | CC
			TP to provide a breakdown of how the precept uplift will be allocated across neighbourhood policing teams for the May meeting. | Chief Finance Officer
			CD and AH to report back on the consultation responses and the proposed alternative public contact points. | CEX, DCC
			Head of Finance to report on the precept | Head of Finance
			The Treasurer to report on the medium term financial plan | Treasurer
			ACC Local Policing to present rural crime team performance to the Board | ACC
			""")
	void readsTheOwnerFromTheSubject(String action, String owners) {
		assertThat(codes(subject.find(action))).isEqualTo(owners);
	}

	@Test
	void readsARankAndSurnameNotInTheAttendanceList() {
		OwnerSubject noList = new OwnerSubject(new OwnerColumnResolver(PeopleIndex.empty()));
		assertThat(codes(noList.find("DCC Smith to circulate the revised policy by 30 June 2019."))).isEqualTo("DCC");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The PCC asked the CC to confirm the rationale for any changes with IVM. | CC
			The DPCC asked the CC to provide reassurance that intelligence and concerns raised by victims, their families and communities are acted upon by the force. | CC
			""")
	void readsWhoTheChairAsked(String update, String owners) {
		assertThat(codes(subject.asked(update))).isEqualTo(owners);
	}

	@Nested
	class NoOwner {

		/** A passive verb names who benefits, not who acts; a subject that is not a role names nobody. */
		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				PCC to be given a debrief on the post implementation review March 2017.
				An update to be brought back to HTA in three months.
				The Scrutiny Committee reports to be made available to the PCC
				Once the Talent Management strategy has been to Executive Board it is to be shared with the PCC.
				Opportunities for officer soft skills training to be considered.
				The IMU backlog to form part of the regular DPCC / ACC meeting.
				Work on outcome code 16 for SIB to be reported back to CC and PCC
				IMU backlog to be brought back to a future HTA consolidation meeting
				The status and delivery time of Track my Crime within the Athena programme is to be established.
				The weekly dashboard reports is to be amended to provide more meaningful data on performance against the unresourced action plan
				The PCC asked if the CC is confident that the force understands the disproportionate use of outcome code 16.
				""")
		void readsNoOwner(String action) {
			assertThat(subject.find(action)).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				The PCC asked if the CC is satisfied that the multi-agency safeguarding measures in place are sufficiently robust
				The PCC asked for assurance that the investment being made now would provide sufficient for the unit's operating requirements.
				""")
		void readsNobodyAsked(String update) {
			assertThat(subject.asked(update)).isEmpty();
		}

	}

}
