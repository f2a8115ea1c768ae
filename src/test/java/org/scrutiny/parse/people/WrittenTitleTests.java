package org.scrutiny.parse.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Brackets and capitals after names in real attendance lists (Transparency Board, ICAT, Senior Officials' Group). */
class WrittenTitleTests {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Katie Davis       | (Cabinet Office)    | ""            | ""
			Lord McNally      | (MoJ)               | ""            | ""
			Brian Matthews    | (BM)                | ""            | BM
			Zoe Hoyal         | (Secretariat)       | Secretariat   | ""
			Pete Lawrence     | (Acting Chair)      | Acting Chair  | ""
			Marcus Dell       | (PCC)               | PCC           | ""
			Kieron O’Hara     | CHAIR               | Chair         | ""
			Andy Champness    | Chief Executive     | Chief Executive | ""
			""")
	void keepsATitleButNotAnOrganisationOrInitials(String name, String title, String kept, String initials) {
		WrittenTitle.Read read = WrittenTitle.of(name, title, null);
		assertThat(read.title()).isEqualTo(kept);
		assertThat(read.initials() == null ? "" : read.initials()).isEqualTo(initials);
	}

}
