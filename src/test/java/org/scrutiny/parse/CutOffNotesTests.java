package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.model.Reject;
import org.scrutiny.normalise.Normaliser;

/**
 * Notes that stop in the middle of their actions (a PDF cut short, a truncated extract): what is there is kept, and a
 * reject says that more may be missing.
 */
class CutOffNotesTests {

	private static final String HEAD = """
			Police Accountability Board – Minutes
			Date: 14 May 2019
			Present:
			Peter Marsh – Police and Crime Commissioner
			Alan Harris – Deputy Chief Constable

			1. Custody performance
			The DCC presented the custody report.
			""";

	@Test
	void aLastActionCutMidSentenceIsKeptAndReported() {
		ParseResult result = parse(HEAD + """
				Actions arising:
				1. DCC to publish the custody visitors' annual report
				2. DCC to review the detention times of children held
				""");
		assertThat(result.meeting().orElseThrow().actions()).extracting(Action::text)
			.containsExactly("DCC to publish the custody visitors' annual report",
					"DCC to review the detention times of children held");
		assertThat(result.rejects()).extracting(Reject::line, Reject::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(11, "the notes end inside the actions: the last action may be cut short"));
	}

	@Test
	void notesThatEndOnAnActionsHeadingAreReported() {
		ParseResult result = parse(HEAD + "Actions arising:\n");
		assertThat(result.meeting()).isPresent();
		assertThat(result.rejects()).extracting(Reject::reason)
			.containsExactly("the notes end right after an actions heading: its actions may be missing");
	}

	@Test
	void actionsThatEndAsSentencesAtTheEndOfTheNotesAreComplete() {
		ParseResult result = parse(HEAD + "Action: DCC to publish the custody visitors' annual report by June.\n");
		assertThat(result.meeting().orElseThrow().actions()).hasSize(1);
		assertThat(result.rejects()).isEmpty();
	}

	private static ParseResult parse(String notes) {
		return new MeetingParser().parse("cut.txt", new Normaliser().normalise(notes));
	}

}
