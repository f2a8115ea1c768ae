package org.scrutiny.parse.layout;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.parse.layout.ActionsArisingHeading.Heading;
import org.scrutiny.parse.layout.ActionsArisingHeading.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class ActionsArisingHeadingTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Actions arising:                   | ""
			Actions arising                    | ""
			Ac etions arising:                 | ""
			Ac tions arising:                  | ""
			Actions arising: None              | None
			The force does not have lots of systems and processes for officers to follow to ensure compliance with the Victims' Code of Practice as it is regarded as part and parcel of the work of officers. Actions arising: None | None
			Actions agreed                     | ""
			New actions:                       | ""
			• Actions arising:                 | ""
			Actions:                           | ""
			Action Summary                     | ""
			Summary of actions:                | ""
			Action:                            | ""
			**Action:**                        | ""
			""")
	void opensAListOfActions(String line, String remainder) {
		assertThat(ActionsArisingHeading.match(line)).contains(new Heading(Kind.LIST, remainder));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Action: DCC Smith to circulate the revised policy by 30 June 2019.    | DCC Smith to circulate the revised policy by 30 June 2019.
			Action: DCC Harris to circulate the revised PEEL improvement plan to Board members by 30 June 2019. | DCC Harris to circulate the revised PEEL improvement plan to Board members by 30 June 2019.
			ACTION: JS to arrange a briefing for the Board on body-worn video compliance during stop and search encounters. | JS to arrange a briefing for the Board on body-worn video compliance during stop and search encounters.
			Action: TP to provide a breakdown of how the precept uplift will be allocated across | TP to provide a breakdown of how the precept uplift will be allocated across
			ACTION - The Treasurer to report on the medium term financial plan | The Treasurer to report on the medium term financial plan
			Action 3: CEx to write to the Home Office                             | CEx to write to the Home Office
			ACTION 07/19 – CD and AH to report back on the consultation responses and the proposed | CD and AH to report back on the consultation responses and the proposed
			""")
	void readsASingleActionLine(String line, String action) {
		assertThat(ActionsArisingHeading.match(line)).contains(new Heading(Kind.SINGLE, action));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			There were no actions arising.
			ere were no actions arising.
			There were none.
			There were none
			None
			Nil
			N/A
			No actions arose.
			No new actions were agreed.
			""")
	void readsNoActions(String text) {
		assertThat(ActionsArisingHeading.isNone(text)).isTrue();
	}

	@Test
	void readsNoActionsWithAnOcrLabelInFront() {
		assertThat(ActionsArisingHeading.isNone("111 ere were no actions arising.")).isTrue();
	}

	@Nested
	class NotAHeading {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Actions arising from the February 2018 meeting
				Action arising from the January 2018 meeting:
				OUTSTANDING MATTERS - actions arising from the September meeting
				1. OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD ACTION
				ACTION
				The position statement was agreed. Action:
				Action Fraud has a long way to go before the public have confidence that it's working.
				The weekly dashboard reports is to be amended to provide more meaningful data on performance against the unresourced action plan
				1.ACC 2.ACC
				The ACC to provide an update in May on the multi-agency safeguarding approach to CSE in Shropshire, Worcestershire and Herefordshire.
				""")
		void leavesOtherLinesAlone(String line) {
			assertThat(ActionsArisingHeading.match(line)).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				The ACC to provide an update in May on the multi-agency safeguarding approach to CSE in Shropshire, Worcestershire and Herefordshire.
				An update to be brought back to HTA in three months.
				Once the Talent Management strategy has been to Executive Board it is to be shared with the PCC.
				Nonetheless the PCC asked for a written update.
				""")
		void readsActionsAsActions(String text) {
			assertThat(ActionsArisingHeading.isNone(text)).isFalse();
		}

	}

}
