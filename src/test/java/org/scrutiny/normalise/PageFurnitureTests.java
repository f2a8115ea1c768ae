package org.scrutiny.normalise;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Page 6 of 7
			Fage 5
			page 12
			Not Protectively Marked
			OFFICIAL
			UNCLASSIFIED
			Page 3 of 3
			-- -- -----------------------
			""")
	void dropsWhatEveryPageRepeats(String line) {
		assertThat(PageFurniture.isFurniture(line)).isTrue();
	}

	@Test
	void dropsATableRuleDrawnInDashesAcrossCells() {
		assertThat(PageFurniture.isFurniture("--\t--\t-----------------------")).isTrue();
	}

	@Nested
	class KeepsTheNotes {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				OFFICIAL-SENSITIVE
				OFFICIAL SENSITIVE
				HMICFRS' PEEL Effectiveness 2017 report, published on the 22 March 2018, will be subject to closer scrutiny
				The update on page 5 of the report was noted.
				Actions arising:
				2.
				3
				""")
		void keepsProtectiveMarkingsAndText(String line) {
			assertThat(PageFurniture.isFurniture(line)).isFalse();
		}

		@Test
		void keepsBlankLinesForTheParserToSkip() {
			assertThat(PageFurniture.isFurniture("   ")).isFalse();
		}

	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			## Monthly Assurance Meeting March 2018 – Meeting Notes | Monthly Assurance Meeting March 2018 – Meeting Notes
			# Minutes                                                | Minutes
			#1 priority is victims                                   | #1 priority is victims
			Monthly Assurance Meeting May 2016 – Meeting Notes       | Monthly Assurance Meeting May 2016 – Meeting Notes
			""")
	void stripsAMarkdownHeadingMarker(String line, String expected) {
		assertThat(PageFurniture.stripHeadingMarker(line)).isEqualTo(expected);
	}

}
