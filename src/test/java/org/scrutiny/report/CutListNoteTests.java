package org.scrutiny.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * The sentence after a list cut at the cap, in the numbers a national store gives and at the edges: a list of exactly
 * the cap is printed whole, with no sentence; one row printed or one left over reads in the singular.
 */
class CutListNoteTests {

	private static final CutListNote OPEN = new CutListNote("oldest", "open actions", "carry-forward.csv");

	@Test
	void saysHowManyArePrintedOfHowManyAndWhereTheOthersAre() {
		assertThat(OPEN.text(200, 11_301)).isEqualTo("Only the oldest 200 of the 11,301 open actions are listed above. "
				+ "The other 11,101 are in carry-forward.csv.");
	}

	@Test
	void saysNothingWhenTheWholeListIsPrinted() {
		assertThat(OPEN.text(22, 22)).isNull();
		assertThat(OPEN.text(0, 0)).isNull();
	}

	@Test
	void readsInTheSingularForOnePrintedOrOneLeftOver() {
		assertThat(OPEN.text(1, 2)).isEqualTo("Only the oldest of the 2 open actions is listed above. "
				+ "The other one is in carry-forward.csv.");
		assertThat(OPEN.text(2, 3)).endsWith("The other one is in carry-forward.csv.");
	}

	@Test
	void aCapBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RowCap(0)).withMessageContaining("max-rows");
		assertThat(RowCap.byDefault().maxRows()).isEqualTo(RowCap.DEFAULT);
	}

}
