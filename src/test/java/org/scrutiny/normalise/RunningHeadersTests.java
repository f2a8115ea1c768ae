package org.scrutiny.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The header a PDF prints at each page break comes out; the notes' own lines beside a page break stay.
 */
class RunningHeadersTests {

	@Test
	void aDatedHeaderBesideAPageNumberIsDropped() {
		List<String> lines = List.of("Action: TP to provide a breakdown of how the uplift will be allocated across", "OFFICIAL",
				"Page 2 of 3", "Police Accountability Board – 12 March 2019", "neighbourhood policing teams for the May meeting.");
		assertThat(RunningHeaders.find(lines)).containsExactly(3);
	}

	@Test
	void anUndatedHeaderCountsOnlyAtMoreThanOnePageBreak() {
		List<String> lines = List.of("Westshire Police Accountability Board", "Page 1 of 2", "1. Custody", "text.",
				"Westshire Police Accountability Board", "Page 2 of 2", "2. Estates");
		assertThat(RunningHeaders.find(lines)).containsExactlyInAnyOrder(0, 4);
	}

	@Test
	void aTableCellThatRepeatsElsewhereIsNoHeader() {
		// "New" is a status cell: it repeats in the table, but stands beside only one page number
		List<String> lines = List.of("New", "PAB/22/033", "TM", "New", "OFFICIAL", "Page 4 of 4");
		assertThat(RunningHeaders.find(lines)).isEmpty();
	}

	@Test
	void anAgendaHeadingThatOpensAPageStays() {
		List<String> lines = List.of("text.", "Page 2 of 3", "7. Estates", "7.1 CD updated the Board.");
		assertThat(RunningHeaders.find(lines)).isEmpty();
	}

}
