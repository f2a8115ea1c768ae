package org.scrutiny.parse.layout;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.parse.NoteLines.row;

/** Rows as the normaliser leaves them, cells separated by ⇥. */
class SectionHeadingTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1.⇥OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD⇥ACTION
			2.1⇥PERFORMANCE AGAINST THE POLICE AND CRIME PLAN
			4a⇥PERFORMANCE AGAINST THE POLICE AND CRIME PLAN:
			4b DELIVERY OF STRATEGIC INITIATIVES:
			5. AOB:
			6. DATE OF NEXT MEETING:
			⇥RESPONSE TIMES
			HOLDING TO ACCOUNT
			⇥Findings
			⇥Findings:
			⇥Update:
			⇥Other comments made:
			2.2⇥HMICFRS inspection programme / Matters arising from the Service Improvement Board (SIB)
			2.3⇥Supporting and protecting the workforce
			1.⇥Outstanding Matters / Matters arising⇥ACTION
			1.1
			2.
			3
			""")
	void recognisesAgendaHeadings(String cells) {
		assertThat(SectionHeading.isHeading(row(cells))).isTrue();
	}

	@Test
	void recognisesATitleThatContainsTo() {
		assertThat(SectionHeading.isHeading(row("2.⇥Holding to account – Covid 19"))).isTrue();
	}

	/** Numbered minutes head their items in ordinary case. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			3. Service provision                                 | 3
			4. Attaining outcomes                                | 4
			3. HMICFRS PEEL inspection – force response          | 3
			9. Date of next meeting                              | 9
			1 Introductions and apologies                        | 1
			6.⇥CONFIRMATION OF NEXT MEETING TYPE / DATE / TIME / VENUE: | 6
			3.1 The DCC presented the force's response to the 2018/19 PEEL effectiveness inspection, which | 0
			⇥1. The weekly dashboard reports is to be amended to provide more meaningful data on performance against the unresourced action plan | 0
			1.⇥The ACC for local policing is overseeing the backlog and what is to be done to address it. | 0
			2.3⇥Supporting and protecting the workforce          | 0
			⇥Actions arising:                                    | 0
			""")
	void readsATopLevelAgendaNumber(String cells, int number) {
		assertThat(SectionHeading.topLevelNumber(row(cells))).isEqualTo(number);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			5. 101 call handling             | 5
			2.⇥Holding to account – Covid 19 | 2
			""")
	void readsATopLevelNumberBeforeAFigureOrAnInfinitive(String cells, int number) {
		assertThat(SectionHeading.topLevelNumber(row(cells))).isEqualTo(number);
	}

	@Nested
	class NotAHeading {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				⇥The ACC to provide an update in May on the multi-agency safeguarding approach to CSE in Shropshire, Worcestershire and Herefordshire.
				⇥Actions arising:
				1.⇥The ACC for local policing is overseeing the backlog and what is to be done to address it.
				⇥1. The weekly dashboard reports is to be amended to provide more meaningful data on performance against the unresourced action plan
				3.1 The DCC presented the force's response to the 2018/19 PEEL effectiveness inspection, which
				⇥ACC
				⇥DCC
				111⇥ere were no actions arising.
				⇥
				""")
		void leavesTheBodyAlone(String cells) {
			assertThat(SectionHeading.isHeading(row(cells))).isFalse();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				CC DCC
				CEX CEX
				""")
		void leavesOwnerColumnsAlone(String cells) {
			assertThat(SectionHeading.isHeading(row(cells))).isFalse();
		}

	}

}
