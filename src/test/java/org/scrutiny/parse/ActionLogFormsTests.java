package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.normalise.Normaliser;

/**
 * A council committee's notes kept as a plain text file: an action log as a pipe table with RAG and Update columns,
 * then outstanding actions as a lettered list with their status after a dash. Each row and letter is one earlier
 * action, its status from its update; a person's title from the attendance list ("Sarah Green (Clerk)") owns the
 * action a cell gives to "Clerk".
 */
class ActionLogFormsTests {

	private static final String MINUTES = """
			Finance and Performance Committee

			Minutes of the meeting held on 12 May 2023

			Present: Cllr Anne Brown (Chair), Cllr Tom White, Sarah Green (Clerk)

			2. Action log

			| Ref | Action | Owner | Due | RAG | Update |
			|---|---|---|---|---|---|
			| A-2023-07 | Clerk to obtain three quotes for the bus shelter repairs | Clerk | April 2023 | Green | Quotes received; complete |
			| A-2023-09 | Chair to write to the county council about the speed limit | Chair | March 2023 | Amber | Letter drafted, to be sent this week |

			3. Outstanding actions

			a) The Clerk to renew the insurance policy - carried forward.
			b) Cllr Brown to meet the tenants' association - discharged.

			4. Finance report

			ACTION: SG to circulate the budget monitoring report by 1 June.
			""";

	@Test
	void eachRowAndLetterIsOneEarlierActionWithItsStatus() {
		assertThat(parse().meeting().orElseThrow().actions()).filteredOn(a -> a.kind() == ActionKind.BROUGHT_FORWARD)
			.extracting(Action::text, Action::status)
			.containsExactly(
					tuple("Clerk to obtain three quotes for the bus shelter repairs", ActionStatus.CLOSED),
					tuple("Chair to write to the county council about the speed limit", ActionStatus.OPEN),
					tuple("The Clerk to renew the insurance policy", ActionStatus.OPEN),
					tuple("Cllr Brown to meet the tenants' association", ActionStatus.CLOSED));
	}

	@Test
	void theClerkIsThePersonWhoHoldsTheTitle() {
		ParseResult result = parse();
		assertThat(result.meeting().orElseThrow().actions().get(0).owners()).extracting(o -> o.person()).containsExactly("Sarah Green");
		assertThat(result.rejects()).isEmpty();
	}

	private static ParseResult parse() {
		return new MeetingParser().parse("fpc.txt", new Normaliser().normalise("fpc.txt", MINUTES));
	}

}
