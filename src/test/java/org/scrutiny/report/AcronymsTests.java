package org.scrutiny.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Acronyms as the sample notes use and spell them out. */
class AcronymsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"additional resources had been put into the Incident Management Unit (IMU)"   | IMU  | Incident Management Unit
			"improved to comply with the Victims' Code of Practice (VCOP)"                | VCOP | Victims' Code of Practice
			"The Local Criminal Justice Board (LCJB) will consider the report."           | LCJB | Local Criminal Justice Board
			"John Campion Police and Crime Commissioner (PCC)"                            | PCC  | Police and Crime Commissioner
			"to be taken to the SIB (Service Improvement Board) in March"                 | SIB  | Service Improvement Board
			"are working with the Analysis and Service Improvement Unit (ASI)"            | ASI  | Analysis and Service Improvement Unit
			""")
	void readsWhatAnAcronymStandsForWhereTheNotesSpellItOut(String line, String acronym, String name) {
		assertThat(Acronyms.spelledOut(line)).containsEntry(acronym, name);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"the report went to the IMU (in March)"                             | IMU
			"passed to the Independent Office (IOPC)"                           | IOPC
			""")
	void spellsOutNothingWhereTheWordsDoNotGiveTheLetters(String line, String acronym) {
		assertThat(Acronyms.spelledOut(line)).doesNotContainKey(acronym);
	}

	@Test
	void prefersASpellingInRunningTextToOneInAHeadingInCapitals() {
		assertThat(Acronyms.spelledOut("MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB)\n"
				+ "The Service Improvement Board (SIB) met in March.")).containsEntry("SIB", "Service Improvement Board");
		assertThat(Acronyms.spelledOut("MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB)"))
			.containsEntry("SIB", "Service Improvement Board");
		assertThat(Acronyms.spelledOut("REVIEW OF THE VICTIMS CODE OF PRACTICE (VCOP)")).containsEntry("VCOP", "Victims Code of Practice");
	}

	@Test
	void findsTheAcronymsUsedButNotWordsInCapitals() {
		assertThat(Acronyms.in("It was AGREED that the IMU and the T/DCC would report to the LCJB and to PCCs. ACTION: HTA"))
			.containsExactly("IMU", "DCC", "LCJB", "PCC", "HTA");
	}

}
