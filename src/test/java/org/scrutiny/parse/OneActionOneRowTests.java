package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.RoleRef;
import org.scrutiny.normalise.Normaliser;

/**
 * An action written twice (in the minute, and again in the notes' closing list of actions) is one action, in the
 * list's own words; an earlier action still open and listed again among the new ones stays the earlier action.
 * Lines as the ICAT steering group wrote them (300 and 301 in ../shared/real).
 */
class OneActionOneRowTests {

	private static final String HEAD = NoteLines.ICAT_HEAD + """
			3\\. Review of SC terms of reference

			""";

	@Test
	void aMinuteTaggedWithItsActionNumberIsTheRowOfTheClosingList() {
		Iterable<Action> actions = parse(HEAD + """
				- Andy raised that the voting criteria are not stated. It was agreed
				  this should be simple majority, with the chair having the casting
				  vote in the event of a tie. (Action 2.2)
				- Andy to talk to Milan/ELETTRA to see if they wish to continue.
				  (Action 2.3)

				Actions:

				| No.  | Sec. | Detail                                                         | Resp. |
				| ---- | ---- | -------------------------------------------------------------- | ----- |
				| 2.2  | 3    | Update the ToR to include a section on voting                  | TG    |
				| 2.3  | 4    | Ask ELETTRA if they wish to continue on the Steering committee | AG    |
				""");
		assertThat(actions).extracting(Action::text, a -> a.owners().stream().map(RoleRef::ownerName).toList())
			.containsExactly(tuple("Update the ToR to include a section on voting", java.util.List.of("Tom Griffin")),
					tuple("Ask ELETTRA if they wish to continue on the Steering committee", java.util.List.of("Andy Goetz")));
	}

	@Test
	void aMinuteTaggedWithItsActionNumberCountsWhereTheNotesKeepNoList() {
		Iterable<Action> actions = parse(HEAD + """
				- Andy to talk to Milan/ELETTRA to see if they wish to continue. (Action 2.3)
				""");
		assertThat(actions).extracting(Action::text)
			.containsExactly("Andy to talk to Milan/ELETTRA to see if they wish to continue.");
	}

	@Test
	void anOpenEarlierActionListedAgainAmongTheNewOnesIsBroughtForwardOnce() {
		Iterable<Action> actions = parse(HEAD + """
				2\\. Actions of the previous meeting

				| No.  | Detail                                        | Resp. | Status   |
				| ---- | --------------------------------------------- | ----- | -------- |
				| 2.1  | Add the terms of reference to the website     | TG    | Done     |
				| 2.2  | Update the ToR to include a section on voting | TG    | Not Done |

				New actions

				| No.  | Detail                                        | Resp. |
				| ---- | --------------------------------------------- | ----- |
				| 2.2  | Update the ToR to include a section on voting | TG    |
				| 3.1  | Add the terms of reference to the website     | AG    |
				""");
		assertThat(actions).extracting(Action::text, Action::kind).containsExactly(
				tuple("Add the terms of reference to the website", ActionKind.BROUGHT_FORWARD),
				tuple("Update the ToR to include a section on voting", ActionKind.BROUGHT_FORWARD),
				tuple("Add the terms of reference to the website", ActionKind.RAISED));
	}

	private static Iterable<Action> parse(String notes) {
		return new MeetingParser().parse("300.md", new Normaliser().normalise("300.md", notes)).meeting().orElseThrow().actions();
	}

}
