package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.normalise.Normaliser;

/**
 * A review of the last meeting's actions written as a bulleted list, each bullet an action, a dash, then how it
 * stands ("Mailing list – a list has been created."): one earlier action a bullet, its status from the words after
 * the dash, an owner's name there no status. Lines as the ICAT steering group wrote them (300 in ../shared/real).
 */
class ReviewOfActionsListTests {

	private static final String HEAD = NoteLines.ICAT_HEAD;

	@Test
	void eachBulletUnderAReviewHeadingIsOneEarlierActionWithTheStatusAfterItsDash() {
		Iterable<Action> actions = parse(HEAD + """
				1\\. Review of actions from meeting in May 2014

				- Write minutes – Alistair.
				- September meeting – did not happen.
				- Mailing list – a list has been created.
				- Survey of requirements for TopCAT – Wayne – Done.
				- Roadmap feedback – Received.

				2\\. Election of new SC secretary
				""");
		assertThat(actions).extracting(Action::text, Action::kind, Action::status).containsExactly(
				tuple("Write minutes – Alistair.", ActionKind.BROUGHT_FORWARD, ActionStatus.OPEN),
				tuple("September meeting", ActionKind.BROUGHT_FORWARD, ActionStatus.CLOSED),
				tuple("Mailing list", ActionKind.BROUGHT_FORWARD, ActionStatus.CLOSED),
				tuple("Survey of requirements for TopCAT – Wayne", ActionKind.BROUGHT_FORWARD, ActionStatus.CLOSED),
				tuple("Roadmap feedback", ActionKind.BROUGHT_FORWARD, ActionStatus.CLOSED));
	}

	@Test
	void theReviewHeadingNamesTheMonthThatRaisedThem() {
		Iterable<Action> actions = parse(HEAD + """
				1\\. Review of actions from meeting in May 2014

				- Write minutes – Alistair.
				- Mailing list – a list has been created.
				""");
		assertThat(actions).extracting(a -> String.valueOf(a.raisedIn())).containsExactly("2014-05", "2014-05");
	}

	@Test
	void aHeadingThatGivesTheStatusOfItsListMakesEachBulletAnEarlierActionInThatState() {
		// RSE-AUNZ's steering committee, June 2020 (306 in ../shared/real): last month's deliverables, now on hold
		Iterable<Action> actions = parse(HEAD + """
				##### Deliverables - on hold.

				- D1 (Manifesto): re-draft (if appropriate) and outline steps to advance.
				- D5 (Meetings): re-draft (if appropriate) and outline steps to advance.
				  - See [RSE-AUNZ D5 Run Face to Face Meetings](https://drive.google.com/open?id=1UVC)

				## Next Meeting
				""");
		assertThat(actions).extracting(Action::text, Action::kind, Action::status, Action::update).containsExactly(
				tuple("D1 (Manifesto): re-draft (if appropriate) and outline steps to advance.", ActionKind.BROUGHT_FORWARD,
						ActionStatus.OPEN, "on hold"),
				// the bullet that points to a document is part of the item above it, no action of its own
				tuple("D5 (Meetings): re-draft (if appropriate) and outline steps to advance.", ActionKind.BROUGHT_FORWARD,
						ActionStatus.OPEN, "on hold"));
	}

	/** Perth Artifactory's committee (308 in ../shared/real): "Section - Owner - task" bullets, the status a bullet below. */
	private static final String PERTH_HEAD = """
			# Committee Meeting - 2025-08-23

			## Attendees

			* Joseph Charles (JC)
			* Tegan Walsh

			""";

	@Test
	void aStatusWrittenAsABulletBelowIsTheUpdateOfTheActionAbove() {
		Iterable<Action> actions = parse(PERTH_HEAD + """
				### Review Previous Meeting's Action Items

				* Incident reports - ??? - investigate damage to courtyard bench.
				  * No action required.
				* Memberships - JC - Reach out to Liam Holt regarding his membership application.
				  * Done
				* Promotions - Tegan - Post Loomio thread to endorse selling excess Supanova stock on consignment.
				  * Not yet actioned
				* Repurposing the Rehearsal Room - Lewis - Look into administrative arrangements / changes required.
				  * Done

				### Review Online Motions

				Motions are listed on Loomio.
				""");
		assertThat(actions).extracting(Action::text, Action::kind, Action::status, Action::update).containsExactly(
				tuple("Incident reports - ??? - investigate damage to courtyard bench.", ActionKind.BROUGHT_FORWARD, ActionStatus.CLOSED,
						"No action required."),
				tuple("Memberships - JC - Reach out to Liam Holt regarding his membership application.", ActionKind.BROUGHT_FORWARD,
						ActionStatus.CLOSED, "Done"),
				tuple("Promotions - Tegan - Post Loomio thread to endorse selling excess Supanova stock on consignment.",
						ActionKind.BROUGHT_FORWARD, ActionStatus.OPEN, "Not yet actioned"),
				// an item whose task reads as no action ("Look into ...") after a status bullet, and the heading after it,
				// which is no part of its update
				tuple("Repurposing the Rehearsal Room - Lewis - Look into administrative arrangements / changes required.",
						ActionKind.BROUGHT_FORWARD, ActionStatus.CLOSED, "Done"));
	}

	@Test
	void nilUnderTheHeadingBringsNothingForward() {
		Iterable<Action> actions = parse(PERTH_HEAD + """
				### Review Previous Meeting's Action Items

				* Nil

				### Review Online Motions

				Motions are listed on Loomio.
				""");
		assertThat(actions).isEmpty();
	}

	private static Iterable<Action> parse(String notes) {
		return new MeetingParser().parse("300.md", new Normaliser().normalise("300.md", notes)).meeting().orElseThrow().actions();
	}

}
