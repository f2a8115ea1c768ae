package org.scrutiny.parse.people;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** People as "name / title / initials", several joined by " ; ". */
class NameAndTitleTests {

	private static String split(String line) {
		return NameAndTitle.split(line).stream().map(p -> p.name() + " / " + p.title() + " / " + p.initials())
			.collect(Collectors.joining(" ; "));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Andy Champness Chief Executive Officer, OPCC (CEX)          | Andy Champness / Chief Executive Officer, OPCC (CEX) / AC
			John Campion Police and Crime Commissioner (PCC)            | John Campion / Police and Crime Commissioner (PCC) / JC
			David Shaw Chief Constable (CC)                             | David Shaw / Chief Constable (CC) / DS
			Anthony Bangham Deputy Chief Constable (DCC)                | Anthony Bangham / Deputy Chief Constable (DCC) / AB
			Julian Moss Deputy Chief Constable                          | Julian Moss / Deputy Chief Constable / JM
			Jackie Irvin, Policy Officer, OPCC                          | Jackie Irvin / Policy Officer, OPCC / JI
			Jackie Irvin Senior Policy Manager, OPCC                    | Jackie Irvin / Senior Policy Manager, OPCC / JI
			Jane Smith (JS) – Assistant Chief Constable, Local Policing | Jane Smith / Assistant Chief Constable, Local Policing / JS
			Jane Smith (JS) – Assistant Chief Constable                 | Jane Smith / Assistant Chief Constable / JS
			Tom Price (TP) – Chief Finance Officer, OPCC                | Tom Price / Chief Finance Officer, OPCC / TP
			John Campion (Chair)                                        | John Campion / (Chair) / JC
			Peter Marsh (PM) – Police and Crime Commissioner (Chair)    | Peter Marsh / Police and Crime Commissioner (Chair) / PM
			Lucy Grant – Policy Officer, OPCC (minutes)                 | Lucy Grant / Policy Officer, OPCC (minutes) / LG
			""")
	void splitsANameFromItsTitle(String line, String expected) {
		assertThat(split(line)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Tracey Onslow Andy Champness Deputy Police and Crime Commissioner (DPCC) Chief Executive Officer, OPCC (CEX) | Tracey Onslow / Deputy Police and Crime Commissioner (DPCC) / TO ; Andy Champness / Chief Executive Officer, OPCC (CEX) / AC
			""")
	void pairsARunOfNamesWithARunOfTitles(String line, String expected) {
		assertThat(split(line)).isEqualTo(expected);
	}

	@Test
	void takesTheRankOffTheName() {
		assertThat(split("Supt Mike Rowe – Head of Contact Management (item 5 only)"))
			.isEqualTo("Mike Rowe / Head of Contact Management (item 5 only) / MR");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Natasha Noorbakhsh
			John Campion
			Dr Jane Smith
			""")
	void seesAName(String text) {
		assertThat(NameAndTitle.isName(text)).isTrue();
	}

	@Nested
	class NotAPerson {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				T O I
				None
				Meeting Room 1.38 Hindlip
				A brief update was provided on current issues.
				""")
		void findsNobody(String line) {
			assertThat(NameAndTitle.split(line)).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				T O I
				Chief Constable
				Police and Crime Commissioner (PCC)
				Policy Officer
				""")
		void seesNoName(String text) {
			assertThat(NameAndTitle.isName(text)).isFalse();
		}

	}

}
