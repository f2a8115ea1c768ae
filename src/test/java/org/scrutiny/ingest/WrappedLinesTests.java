package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lines a PDF broke because the page was full, joined back into their sentence; lines that start something new kept
 * apart. Lines as the Milburn Parish Council minutes print them (207-209 in ../shared/real).
 */
class WrappedLinesTests {

	@Test
	void aLineThatGoesOnInLowerCaseJoinsTheLineAboveAndLeavesItsOwnEmpty() {
		String pdf = """
				The drains at Newbiggin Mill was again discussed, the grid is blocked and
				this causes the water to build up and flood the road. Alan Armstrong to
				contact Highways again and request this is given attention as soon as
				possible.
				19.01.5 Corpse Lane""";
		assertThat(WrappedLines.joined(pdf).split("\n", -1)).containsExactly(
				"The drains at Newbiggin Mill was again discussed, the grid is blocked and this causes the water to build up and "
						+ "flood the road. Alan Armstrong to contact Highways again and request this is given attention as soon as possible.",
				"", "", "", "19.01.5 Corpse Lane");
	}

	@Test
	void aLineBrokenMidPhraseJoinsWhateverTheNextStartsWith() {
		String pdf = """
				Lane, tripping in a pot hole. The Clerk has been in contact with the
				Highways Dept to ascertain the ownership/responsibility of the lane""";
		assertThat(WrappedLines.joined(pdf).split("\n", -1)).containsExactly(
				"Lane, tripping in a pot hole. The Clerk has been in contact with the Highways Dept to ascertain the "
						+ "ownership/responsibility of the lane",
				"");
	}

	@Test
	void headingsNamesAndNewSentencesStayApart() {
		String pdf = """
				18.09.4 Matters Arising
				It was reminded that the repairs to the seat on the village green is still to
				be carried out.
				Present: Councillors D Richardson (Chair)
				R Healey, N Cresswell and P Moran

				apologies were received from P Fell.
				\fmore on the next page""";
		assertThat(WrappedLines.joined(pdf).split("\n", -1)).containsExactly(
				"18.09.4 Matters Arising",
				"It was reminded that the repairs to the seat on the village green is still to be carried out.", "",
				"Present: Councillors D Richardson (Chair)",
				"R Healey, N Cresswell and P Moran",
				"",
				"apologies were received from P Fell.",
				"\fmore on the next page");
	}

}
