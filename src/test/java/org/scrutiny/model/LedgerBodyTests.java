package org.scrutiny.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One body under the names its notes give it from meeting to meeting (titles of ../shared/real and the samples). */
class LedgerBodyTests {

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			ICAT Steering Committee                       | ICAT Steering Group                          | true
			Minutes for meeting                           | Minutes for AGM                              | true
			Police & Crime Panel                          | Police and Crime Panel                       | true
			Monthly Assurance Meeting                     | Assurance Meeting                            | true
			Crime and Justice Transparency Sector Panel   | Local Public Data Panel                      | false
			Govan Community Council                       | Milburn Parish Council                       | false
			Senior Officials Group                        | Transparency Board                           | false
			""")
	void aBodyIsOneLedgerUnderTheNamesItsNotesGiveIt(String one, String other, boolean same) {
		assertThat(LedgerBody.of(one).equals(LedgerBody.of(other))).isEqualTo(same);
	}

}
