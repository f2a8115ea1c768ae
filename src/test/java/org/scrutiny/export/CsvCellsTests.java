package org.scrutiny.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			=SUM(A1:A2)          | '=SUM(A1:A2)
			+44 1905 331545      | '+44 1905 331545
			-Done in full        | '-Done in full
			@CEX                 | '@CEX
			Share the plan = yes | Share the plan = yes
			2016-05-31           | 2016-05-31
			CEX;DCC              | CEX;DCC
			""")
	void neutralisesCellsASpreadsheetWouldTakeForAFormula(String cell, String expected) {
		assertThat(CsvCells.neutralise(cell)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "control character {0}")
	@CsvSource({ "9", "13" })
	void neutralisesCellsStartingWithTabOrCarriageReturn(int character) {
		String cell = (char) character + "=1+1";
		assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource({ "''", "ACC" })
	void leavesOrdinaryCellsAlone(String cell) {
		assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
	}

	@Test
	void writesNothingForNull() {
		assertThat(CsvCells.neutralise(null)).isEmpty();
	}

}
