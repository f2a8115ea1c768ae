package org.scrutiny.normalise;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerCellShapeTests {

	/** Owner cells as the seeds' owner columns hold them, whole or broken across lines. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1.ACC 2.ACC
			3.DPC
			C/ACC
			C
			DPCC 2.CEx
			1.ACC/ DPCC 2.ACC/ DPCC/ CEx 3.CC
			CC DCC
			DCC
			CEX CEX
			DCC DCC
			CC
			T/DCC
			""")
	void recognisesOwnerCells(String cell) {
		assertThat(OwnerCellShape.matches(cell)).isTrue();
	}

	@Nested
	class NotOwnerCells {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				The ACC to provide an update in May on the multi-agency safeguarding approach to CSE
				Update:
				Ongoing
				Page 6 of 7
				2018
				29 November 2016
				""")
		void rejectsText(String cell) {
			assertThat(OwnerCellShape.matches(cell)).isFalse();
		}

	}

	/** Rows split at ⇥ as the notes split them at tabs; the expected trailing owner cell, empty for none. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			⇥1. The weekly dashboard reports is to be amended to provide more meaningful data⇥1.ACC 2.ACC | 1.ACC 2.ACC
			⇥2. An update to be brought back to HTA in three months.⇥3.DPC                           | 3.DPC
			me⇥eeting.⇥C                                                                              | C
			⇥Once the Talent Management strategy has been to Executive Board it is to be shared with the PCC.⇥CC | CC
			⇥Actions arising:                                                                         |
			⇥CC DCC                                                                                   |
			Attendance:⇥John Campion⇥Police and Crime Commissioner (PCC)                              |
			""")
	void findsTheTrailingOwnerCellOfARow(String row, String expected) {
		List<String> cells = Arrays.asList(row.split("⇥", -1));
		assertThat(OwnerCellShape.trailingCell(cells)).isEqualTo(expected);
	}

}
