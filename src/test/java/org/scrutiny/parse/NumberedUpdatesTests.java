package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.normalise.Normaliser;

/**
 * A police board's review of its last meeting's actions as a sub-numbered list, each action followed on its line by
 * how it stands in the forms such boards write ("Update 16.02.22 - complete", "c/f", "see agenda item 6",
 * "Discharged."): one earlier action a number, its status from its own words, and none of them a new action.
 */
class NumberedUpdatesTests {

	private static final String MINUTES = """
			Police Accountability Board
			Minutes of the meeting held on 15 March 2022

			Present: Police and Crime Commissioner (PCC) John Smith; Chief Constable (CC) Jane Doe; Chief Executive (CEx) Ann Lee

			1. Actions from the previous meeting

			1.1 The CC to provide a report on response times in rural areas. Update 16.02.22 - complete, report circulated.
			1.2 The CEx to arrange a briefing on the estates strategy. Update 01.03.22 - ongoing, briefing booked for April.
			1.3 The PCC to write to the Home Office about funding. c/f
			1.4 The CC to review the custody inspection findings - see agenda item 6.
			1.5 The CEx to publish the decision log. Discharged.

			2. Custody inspection

			The CC presented the findings.
			Action: The CC to share the improvement plan with the PCC by 30 April 2022.
			""";

	@Test
	void eachNumberIsOneEarlierActionWithTheStatusItsUpdateGives() {
		assertThat(parse()).filteredOn(a -> a.kind() == ActionKind.BROUGHT_FORWARD)
			.extracting(Action::text, Action::status)
			.containsExactly(
					tuple("The CC to provide a report on response times in rural areas.", ActionStatus.CLOSED),
					tuple("The CEx to arrange a briefing on the estates strategy.", ActionStatus.OPEN),
					tuple("The PCC to write to the Home Office about funding.", ActionStatus.OPEN),
					tuple("The CC to review the custody inspection findings", ActionStatus.OPEN),
					tuple("The CEx to publish the decision log.", ActionStatus.CLOSED));
	}

	@Test
	void onlyTheActionOfThisMeetingIsNew() {
		assertThat(parse()).filteredOn(a -> a.kind() == ActionKind.RAISED)
			.extracting(Action::text)
			.containsExactly("The CC to share the improvement plan with the PCC by 30 April 2022.");
	}

	private static List<Action> parse() {
		return new MeetingParser().parse("pab.txt", new Normaliser().normalise("pab.txt", MINUTES)).meeting().orElseThrow().actions();
	}

}
