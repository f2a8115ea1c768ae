package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.normalise.Normaliser;

/**
 * Minutes that review the earlier actions in one sentence, "All actions carried forward.", and list them again among
 * the new ones: the listed actions the discussion never raised are the carried ones, still open, not new. Lines as the
 * RSE-AUNZ steering committee wrote them (304 in ../shared/real).
 */
class AllCarriedForwardListTests {

	private static final String MINUTES = """
			# Minutes of Steering Committee Meeting No.5

			Date: 28 April 2020

			## Attendees
			- [HP] Heidi Perrett
			- [NL] Nooriyah Poonawala-Lohani (Chair)
			- [NM] Nicholas May

			## Discussion

			### 1. Approval of Previous Minutes
			Passed unanimously.

			%s

			### 2. Impact of COVID-19 outbreak on Plan for 2020

			The committee agreed that we should set a goal of running three webinars or online events for the rest of 2020. \
			To initiate the discussion around this goal, NM to create a document for the committee to share ideas about:

			- Subject, content, format, delivery platform

			### 3. Casual Vacancies
			One application received from Rebecca Lange. The decision was made to invite Rebecca to join the committee.

			## Actions
			- [NM]	Create a discussion document for online events.
			- [NL]	Follow up with enquiries concerning Casual Vacancies.
			- [HP]	Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop.

			## Next Meeting
			Scheduled: 2pm (AEST) on Tuesday 26th May.
			""";

	@Test
	void listedActionsTheDiscussionNeverRaisedAreCarriedAndStillOpen() {
		assertThat(parse(MINUTES.formatted("All actions carried forward.")))
			.extracting(Action::text, Action::kind, Action::status)
			.containsExactlyInAnyOrder(
					tuple("[NM] Create a discussion document for online events.", ActionKind.RAISED, ActionStatus.OPEN),
					tuple("[NL] Follow up with enquiries concerning Casual Vacancies.", ActionKind.BROUGHT_FORWARD, ActionStatus.OPEN),
					tuple("[HP] Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop.", ActionKind.BROUGHT_FORWARD,
							ActionStatus.OPEN));
	}

	@Test
	void aCarriedActionKeepsItsOwnerAndNamesNoMonth() {
		Action contact = parse(MINUTES.formatted("All actions carried forward.")).stream()
			.filter(a -> a.text().contains("Rowland"))
			.findFirst()
			.orElseThrow();
		assertThat(contact.owners()).extracting(o -> o.person()).containsExactly("Heidi Perrett");
		assertThat(contact.raisedIn()).isNull();
	}

	@Test
	void withoutTheStatementEveryListedActionIsNew() {
		assertThat(parse(MINUTES.formatted("Passed unanimously.")))
			.extracting(Action::kind)
			.containsOnly(ActionKind.RAISED)
			.hasSize(3);
	}

	private static java.util.List<Action> parse(String notes) {
		return new MeetingParser().parse("304.md", new Normaliser().normalise("304.md", notes)).meeting().orElseThrow().actions();
	}

}
