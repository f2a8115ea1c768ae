package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.normalise.Normaliser;

/**
 * An action listed in the closing summary with no date of its own is due when the minute's dated step by the same
 * owner on it is ("JC will draft by end of week" for "JC - Draft communications to current bands"). Lines as a
 * committee's wiki minutes wrote them (307 in ../shared/real).
 */
class DueFromStepTests {

	private static final String HEAD = """
			# Committee Meeting - 2025-07-19

			Scheduled start: 2025-07-19, 13:30

			# Minutes

			## Members Present

			* Present:
			    * Johannes Chuah
			    * Lewis Yip

			## Repurposing the Rehearsal Room

			* Actions required?
			  * Communicate with bands. JC will draft by end of week.
			* Look into administrative arrangements / changes required.
			  * Lewis will action this.

			## Action Summary

			""";

	@Test
	void theSummaryActionTakesTheDateOfItsOwnersStep() {
		Iterable<Action> actions = parse(HEAD + """
				* Repurposing the Rehearsal Room - JC - Draft communications to current bands
				* Repurposing the Rehearsal Room - Lewis - Look into administrative arrangements / changes required.
				""");
		assertThat(actions).extracting(Action::text, a -> a.due() == null ? null : a.due().toString())
			.containsExactly(tuple("Draft communications to current bands", "2025-07-25"),
					tuple("Look into administrative arrangements / changes required.", null));
	}

	@Test
	void aStepBySomeoneElseDatesNothing() {
		Iterable<Action> actions = parse(HEAD + """
				* Repurposing the Rehearsal Room - Lewis - Draft communications to current bands
				""");
		assertThat(actions).extracting(a -> a.due() == null ? null : a.due().toString()).containsOnlyNulls();
	}

	private static Iterable<Action> parse(String notes) {
		return new MeetingParser().parse("307.md", new Normaliser().normalise("307.md", notes)).meeting().orElseThrow().actions();
	}

}
