package org.scrutiny.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Reject;
import org.scrutiny.normalise.Normaliser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role's title standing alone, no action near: over a sentence it heads that officer's report ("**Chair**" over
 * "All issues had been covered.", Govan 204 in ../shared/real); anywhere else it is an owner the notes lost, said so in
 * the rejects (sample 004's last line "DPCC").
 */
class StrayOwnerTests {

	private static final String HEAD = """
			**GOVAN COMMUNITY COUNCIL**

			**GENERAL MEETING MONDAY 2 DECEMBER 2024**

			Date: 2 December 2024

			**Present**: Esme Clark, Danny O'Neill, John Foster.

			5.  OFFICERS' REPORTS

			""";

	@Test
	void aTitleOverASentenceHeadsAReport() {
		assertThat(rejects(HEAD + """
				> **Chair**
				>
				> All issues had been covered.
				>
				> **Treasurer**
				>
				> **Audit of the accounts**
				>
				> Our Secretary had been in contact with our Treasurer about the audit of our accounts.
				""")).isEmpty();
	}

	@Test
	void aTitleWithNothingBelowIsAnOwnerLost() {
		assertThat(rejects(HEAD + """
				Our Secretary had been in contact with our Treasurer about the audit of our accounts.

				Treasurer
				""")).extracting(Reject::reason).singleElement().asString().contains("owner column 'Treasurer' is not next to any action");
	}

	private static List<Reject> rejects(String notes) {
		return new MeetingParser().parse("204.md", new Normaliser().normalise("204.md", notes)).rejects();
	}

}
