package org.scrutiny.parse.roles;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

import static org.assertj.core.api.Assertions.assertThat;

class OtherTitlesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Treasurer                              | Treasurer
			the Treasurer                          | Treasurer
			Head of Finance                        | Head of Finance
			Head of Force Ops                      | Head of Force Ops
			Head of Crime                          | Head of Crime
			Head of Vulnerability and Safeguarding | Head of Vulnerability and Safeguarding
			Director of Commercial Services        | Director of Commercial Services
			Chief Finance Officer                  | Chief Finance Officer
			Monitoring Officer                     | Monitoring Officer
			Notetaker                              | Notetaker
			Board Secretary                        | Board Secretary
			""")
	void readsAnOtherTitle(String text, String title) {
		assertThat(OtherTitles.titleOnly(text)).map(RoleRef::role).contains(Role.OTHER);
		assertThat(OtherTitles.titleOnly(text)).map(RoleRef::code).contains(title);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Treasurer
			Director of Commercial Services
			Head of Contact Management (item 5 only)
			Chief Superintendent for Operational Support
			Deputy Police and Crime Commissioner
			""")
	void seesATitleStart(String text) {
		assertThat(OtherTitles.startsWithTitle(text)).isTrue();
	}

	@Nested
	class NotAnOtherTitle {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Head of Finance to report on the precept
				Andy Champness
				The ACC to provide an update in May
				Findings
				Chief Constable
				""")
		void readsNoTitle(String text) {
			assertThat(OtherTitles.titleOnly(text)).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				John Campion
				Andy Champness
				Natasha Noorbakhsh
				""")
		void seesANameStart(String text) {
			assertThat(OtherTitles.startsWithTitle(text)).isFalse();
		}

	}

}
