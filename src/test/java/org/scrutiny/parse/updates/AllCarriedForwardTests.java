package org.scrutiny.parse.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one-sentence review of earlier actions, and whether a listed action was raised in the discussion or only
 * carried. Lines as the RSE-AUNZ steering committee wrote them (304 in ../shared/real).
 */
class AllCarriedForwardTests {

	/** The discussion of meeting No.5, as far as it names anyone. */
	private static final List<String> DISCUSSION = List.of(
			"### 3. Casual Vacancies",
			"One application received from Rebecca Lange. The application was discussed and the decision was made to invite Rebecca to join the committee.",
			"The committee agreed that we should set a goal of running three webinars or online events for the rest of 2020. "
					+ "To initiate the discussion around this goal, NM to create a document for the committee to share ideas about:",
			"The need to transition 'rse-aunz.org' from http to https was discussed. Further investigation is required by NM "
					+ "and MS to determine if this is feasible using the current domain registration.");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			All actions carried forward.                     | true
			All outstanding actions were carried forward.    | true
			All other actions carried forward                | true
			All actions have been brought forward.           | true
			Completed and updated actions carried forward.   | false
			All actions carried forward except action 3.     | false
			The actions were all carried forward to May.     | false
			""")
	void theStatementIsAWholeLineAboutEveryAction(String line, boolean states) {
		assertThat(AllCarriedForward.states(line)).isEqualTo(states);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Create a discussion document for online events.                          | NM     | true
			Investigate transitioning rse-aunz.org to https.                         | ML, NM | true
			Follow up with enquiries concerning Casual Vacancies.                    | NL     | false
			Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop. | HP     | false
			D4 (Web Presence): re-draft (if appropriate) and outline steps to advance. | NM   | false
			Set up a shared document for online events.                              |        | true
			Follow up with enquiries concerning Casual Vacancies.                    |        | true
			Draft a post for the website summarising the eResNZ'20 workshop.         |        | false
			""")
	void aListedActionWasRaisedWhereTheDiscussionNamesItsOwnerOnItsTask(String action, String owners, boolean minuted) {
		List<String> written = owners == null ? List.of() : List.of(owners.split(",\\s*"));
		assertThat(AllCarriedForward.minuted(action, written, DISCUSSION)).isEqualTo(minuted);
	}

}
