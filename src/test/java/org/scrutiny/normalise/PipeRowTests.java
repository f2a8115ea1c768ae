package org.scrutiny.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of a table written with pipes in a plain text file; lines that only hold a pipe are no rows. */
class PipeRowTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
			| Ref | Action | Owner | Due |                                          ~ Ref;Action;Owner;Due
			| A-2023-09 | Chair to write to the county council | Chair | March 2023 | ~ A-2023-09;Chair to write to the county council;Chair;March 2023
			|---|---|---|---|                                                      ~ ""
			| :--- | ---: | --- |                                                    ~ ""
			""")
	void splitsARowIntoItsCells(String line, String cells) {
		assertThat(PipeRow.isRow(line)).isTrue();
		assertThat(PipeRow.cells(line)).isEqualTo(cells.isEmpty() ? List.of("") : List.of(cells.split(";")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
			The vote was 5 | 2 in favour.
			| Ref | Action |
			Owner: Clerk | Due: March
			""")
	void leavesOtherLinesAlone(String line) {
		assertThat(PipeRow.isRow(line)).isFalse();
	}

}
