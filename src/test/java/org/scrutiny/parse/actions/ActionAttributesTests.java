package org.scrutiny.parse.actions;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActionAttributesTests {

	/** The people of the meeting, as the owner column would resolve them. */
	private static final Set<String> PEOPLE = Set.of("JC", "Lewis", "Renae", "Fletcher");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Memberships - JC - Reach out to Liam Holt regarding his membership application.     | JC      | Reach out to Liam Holt regarding his membership application.
			Repurposing the Rehearsal Room - Lewis - Look into administrative arrangements     | Lewis   | Look into administrative arrangements
			Incident reports - ??? - investigate damage to courtyard bench.                    | ""      | Investigate damage to courtyard bench.
			Renae - follow up City of Stirling for Rates Exemption.                            | Renae   | Follow up City of Stirling for Rates Exemption.
			Fletcher - define CROC sponsorship arrangements - post AGM.                        | Fletcher | Define CROC sponsorship arrangements - post AGM.
			Courtyard bench damage - to be investigated.                                       | ""      | Courtyard bench damage - to be investigated.
			""")
	void readsTheOwnerOfASummaryLine(String line, String owner, String text) {
		ActionAttributes.Split split = ActionAttributes.split(line, PEOPLE::contains);
		assertThat(split.owner()).isEqualTo(owner.isEmpty() ? null : owner);
		assertThat(split.text()).isEqualTo(text);
	}

}
