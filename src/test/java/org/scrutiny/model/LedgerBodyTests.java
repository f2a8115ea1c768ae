package org.scrutiny.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# a name stored, another stored beside it                 | a third name stored ("" for none)            | the first two one ledger
			Crime and Justice Transparency | Crime and Justice Transparency Sector Panel | ""                                          | true
			Crime and Justice Transparency | Crime and Justice Transparency Sector Panel | Crime and Justice Transparency Strategic Group | false
			Police                         | Police Accountability Board                 | ""                                          | false
			Govan Community Council        | Milburn Parish Council                      | ""                                          | false
			""")
	void aNameThatStartsExactlyOneOtherIsThatBodyWrittenShort(String shortName, String longName, String third, boolean same) {
		List<String> names = third.isEmpty() ? List.of(shortName, longName) : List.of(shortName, longName, third);

		Map<String, String> ledgers = LedgerBody.ledgers(names);

		assertThat(ledgers.get(shortName).equals(ledgers.get(longName))).isEqualTo(same);
		assertThat(ledgers.get(longName)).isEqualTo(LedgerBody.of(longName));
	}

}
