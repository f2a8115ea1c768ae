package org.scrutiny.normalise;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OcrSplitsTests {

	/** Rows of seed 002 whose words vouch for the mends, as the rest of that document does. */
	private static final OcrSplits SEED_002 = OcrSplits.learnFrom(List.of(
			cells("⇥There were no outstanding matters.⇥"), cells("⇥An update was provided on current operational matters including:⇥"),
			cells("⇥Findings:⇥"), cells("⇥Actions arising:⇥"), cells("6.⇥DATE OF NEXT MEETING:⇥")));

	private static List<String> cells(String row) {
		return Arrays.asList(row.split("⇥", -1));
	}

	@ParameterizedTest(name = "{0} | {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Ac    | etions arising:                                       | Actions arising:
			Ac    | tions arising:                                        | Actions arising:
			Th    | ere were no actions arising.                          | There were no actions arising.
			Fir   | ndings:                                               | Findings:
			An    | update on recovery plan progress to be provided to the November | An update on recovery plan progress to be provided to the November
			me    | eeting.                                               | meeting.
			th ap | Making sure the police provide the right response to incidents at e right time | Making sure the police provide the right response to incidents at e right time
			Se op | Reducing harm and protecting people in communities    | Reducing harm and protecting people in communities
			""")
	void mendsAWordSplitAcrossTheFirstTwoColumns(String fragment, String rest, String expected) {
		assertThat(SEED_002.mend(List.of(fragment, rest))).containsExactly("", expected);
	}

	@Test
	void keepsTheCellsAfterTheMend() {
		assertThat(SEED_002.mend(cells("me⇥eeting.⇥C"))).containsExactly("", "meeting.", "C");
	}

	@Test
	void inventsNothingTheDocumentDoesNotUse() {
		OcrSplits nothingKnown = OcrSplits.learnFrom(List.of());
		assertThat(nothingKnown.mend(List.of("Ac", "etions arising:"))).containsExactly("", "etions arising:");
	}

	@Test
	void fragmentsDoNotVouchForTheirOwnMends() {
		List<String> row = List.of("Ac", "tions arising:");
		assertThat(OcrSplits.learnFrom(List.of(row)).mend(row)).containsExactly("", "tions arising:");
	}

	@Nested
	class LeavesAlone {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				111⇥ere were no actions arising.⇥
				1.⇥The ACC for local policing is overseeing the backlog and what is to be done to address it.⇥
				2.1⇥PERFORMANCE AGAINST THE POLICE AND CRIME PLAN⇥
				4a⇥PERFORMANCE AGAINST THE POLICE AND CRIME PLAN:⇥
				ACC⇥to share the findings
				Attendance:⇥John Campion⇥Police and Crime Commissioner (PCC)
				Ac⇥
				There were no outstanding matters.
				""")
		void rowsWithoutAFragment(String row) {
			List<String> cells = cells(row);
			assertThat(SEED_002.mend(cells)).isEqualTo(cells);
		}

	}

}
