package org.scrutiny.parse.layout;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActionShapeTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1. The weekly dashboard reports is to be amended                          | The weekly dashboard reports is to be amended
			2. The ACC to review and share the work on which officers can use the drugs testing kits. | The ACC to review and share the work on which officers can use the drugs testing kits.
			1) Reducing harm and protecting people in communities                     | Reducing harm and protecting people in communities
			b. Locations with 24 hour access and dedicated staff are best.            | Locations with 24 hour access and dedicated staff are best.
			(iii) Explain the outcome of this work.                                   | Explain the outcome of this work.
			• Check how the organisational aspiration to improve victim satisfaction is translated into individual objectives. | Check how the organisational aspiration to improve victim satisfaction is translated into individual objectives.
			- The PCC to have a briefing from the Head of Crime                       | The PCC to have a briefing from the Head of Crime
			""")
	void takesTheListMarkerOff(String item, String text) {
		assertThat(ActionShape.hasMarker(item)).isTrue();
		assertThat(ActionShape.withoutMarker(item)).isEqualTo(text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			• Check how the organisational aspiration to improve victim satisfaction is translated into individual objectives. | bullet
			- The PCC to have a briefing from the Head of Crime                       | bullet
			1. The weekly dashboard reports is to be amended                          | number
			b. Locations with 24 hour access and dedicated staff are best.            | number
			11/19 – DCC to share the findings of the custody healthcare contract review with the DPCC. | reference
			The ACC to provide an update in May                                       | ""
			""")
	void tellsTheKindOfMarker(String item, String kind) {
		assertThat(ActionShape.markerKind(item)).isEqualTo(kind);
	}

	@Test
	void takesAnActionReferenceOff() {
		assertThat(ActionShape.withoutMarker("12/19 – ACC Local Policing to present rural crime team performance to the Board."))
			.isEqualTo("ACC Local Policing to present rural crime team performance to the Board.");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1.ACC 2.ACC
			2.1 PERFORMANCE AGAINST THE POLICE AND CRIME PLAN
			The ACC to provide an update in May
			""")
	void seesNoMarkerWhereThereIsNone(String text) {
		assertThat(ActionShape.hasMarker(text)).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			in.
			timelines in line with the police and crime plan
			for the other LPA's.
			""")
	void seesAWrappedLine(String text) {
		assertThat(ActionShape.isContinuation(text)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The ACC to provide an update in May on the multi-agency safeguarding approach to CSE in Shropshire, Worcestershire and Herefordshire.
			- some areas to better meet the demand
			2. The ACC to review and share the work
			""")
	void seesAnItemThatIsNotWrapped(String text) {
		assertThat(ActionShape.isContinuation(text)).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The ACC to provide an update in May on the multi-agency safeguarding approach to CSE in Shropshire, Worcestershire and Herefordshire.
			Opportunities for officer soft skills training to be considered.
			• Check how the organisational aspiration to improve victim satisfaction is translated into individual objectives.
			IMU backlog to be brought back to a future HTA consolidation meeting
			PCC to be given a debrief on the post implementation review March 2017.
			The IVM dashboard being developed by ASI will be shared with the PCC when complete.
			Explain how repeat victim data is used to identify victims suitable for IVM
			Provide clarity around what the IVM model is in the north and south of
			DCC Smith to circulate the revised policy by 30 June 2019.
			""")
	void readsActions(String text) {
		assertThat(ActionShape.looksLikeAction(text)).isTrue();
	}

	@Nested
	class NotAnAction {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Can the CC outline what action is being taken to mitigate this backlog?
				2. What reassurance can the CC give that activity is prioritised and risks managed?
				Integrated victim management (IVM)
				Performance against the Safer West Mercia Plan:
				A written report was submitted to the PCC prior to the meeting.
				Ongoing
				""")
		void readsQuestionsAndFindingsAsNoAction(String text) {
			assertThat(ActionShape.looksLikeAction(text)).isFalse();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				The level of domestic burglaries has begun to reduce.
				Holding to account – Covid 19
				""")
		void readsFindingsWithAnInfinitiveAsNoAction(String text) {
			assertThat(ActionShape.looksLikeAction(text)).isFalse();
		}

	}

}
