package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.normalise.Normaliser;

/**
 * A list of actions may go on under a sub-heading of its own ("##### Deliverables" under "## Actions", RSE-AUNZ 305
 * in ../shared/real) where its items still name their owners first in brackets; the minutes below a list ("#### Minutes"
 * over "- Kate needs volunteers to watch the repo", Software Carpentry 309) are no part of it. Items nested under an item
 * of such a list, which name no owner, are steps of that item (RSE-AUNZ 305 and 306).
 */
class SubheadedActionListTests {

	private static final String HEAD = """
			# Minutes of Steering Committee Meeting No.6

			Date: 26 May 2020

			## Attendees
			- [DC] Daniel Collins
			- [NL] Nooriyah Poonawala-Lohani (Chair)
			- [NM] Nicholas May

			## Discussion

			### 1. Approval of Previous Minutes
			Passed unanimously.

			""";

	@Test
	void itemsNamingTheirOwnersGoOnUnderTheSubheading() {
		List<String> actions = texts(HEAD + """
				## Actions
				- [NM]	Update website with approved minutes.

				##### Deliverables

				- [DC, NL]  	D1 (Manifesto): re-draft (if appropriate) and outline steps to advance.
				- [NL]  	D7 (Survey): re-draft (if appropriate) and outline steps to advance.

				## Next Meeting
				Scheduled: 2pm (AEST) on Tuesday 23rd June.
				""");

		assertThat(actions).containsExactly("[NM] Update website with approved minutes.",
				"[DC, NL] D1 (Manifesto): re-draft (if appropriate) and outline steps to advance.",
				"[NL] D7 (Survey): re-draft (if appropriate) and outline steps to advance.");
	}

	@Test
	void theMinutesBelowAListAreNoPartOfIt() {
		List<String> actions = texts(HEAD + """
				### Topic 1: Progress and planning for RFCs and elections
				- **Action items**
				- [ ] Kate will ask Tracy and Jonah about finding someone to manage the election.
				- [ ] Add a 'tentative election schedule' to the RFC

				#### Minutes
				- Kate needs volunteers to watch the repo where people will make comments.
				- All documents will be uploaded as markdown files and then issues will be opened for comment
				""");

		assertThat(actions).noneMatch(text -> text.contains("volunteers") || text.contains("uploaded"));
	}

	@Test
	void stepsUnderAnItemEndingInAColonAreEachAnActionOfItsOwner() {
		List<Action> actions = actions(HEAD + """
				## Actions
				- [NL]	Invite the candidate (casual vacancy) to submit nomination information.
				- [NM]	Update website:
				  - Add approved minutes.
				  - Update steering committee membership.

				## Next Meeting
				""");

		assertThat(actions).extracting(Action::text).containsExactly(
				"[NL] Invite the candidate (casual vacancy) to submit nomination information.",
				"[NM] Update website: Add approved minutes.", "[NM] Update website: Update steering committee membership.");
		assertThat(actions.get(2).owners()).extracting(owner -> owner.person()).containsExactly("Nicholas May");
	}

	@Test
	void aStepUnderAnyOtherItemGoesOnThatAction() {
		List<String> actions = texts(HEAD + """
				## Actions
				- [DC, NL]  Gather content from Workshop and BoF at eResAus 2019 and eRNZ 2020.
				  - Create a post from the content.
				- [NM]	Share logo and branding details with NL.

				## Next Meeting
				""");

		assertThat(actions).containsExactly(
				"[DC, NL] Gather content from Workshop and BoF at eResAus 2019 and eRNZ 2020. Create a post from the content.",
				"[NM] Share logo and branding details with NL.");
	}

	private static List<String> texts(String notes) {
		return actions(notes).stream().map(Action::text).toList();
	}

	private static List<Action> actions(String notes) {
		return new MeetingParser().parse("305.md", new Normaliser().normalise("305.md", notes)).meeting().orElseThrow().actions();
	}

}
