package org.scrutiny.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.normalise.Normaliser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each action keeps the agenda item it was raised under, which a later report in prose may name instead of the action;
 * the item over the last meeting's matters names none (Local Public Data Panel 105-106 in ../shared/real).
 */
class ActionTopicTests {

	private static final String NOTES = """
			# Local Public Data Panel

			Date: 14 November 2011

			**Panel:** Professor Nigel Shadbolt (Chair), Janet Hughes (Greater London Authority)

			**Items 2: Minutes of last meeting and Action Points Update**

			Minutes of the previous meeting were agreed.

			**Action: Janet to put together sub-group to consider additional help to LAs on open data in contracts.**

			**Item 3: Engaging with CEOs on data transparency**

			**Action: Nigel to invite Shane to join the sub-group.**
			""";

	@Test
	void anActionKeepsTheItemItWasRaisedUnderButNotTheLastMeetingsMatters() {
		List<Action> actions = new MeetingParser().parse("105.md", new Normaliser().normalise("105.md", NOTES)).meeting()
			.orElseThrow().actions();

		assertThat(actions).extracting(Action::topic).containsExactly("", "Engaging with CEOs on data transparency");
	}

}
