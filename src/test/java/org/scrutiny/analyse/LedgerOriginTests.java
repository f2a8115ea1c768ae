package org.scrutiny.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.analyse.LedgerInput.ActionRow;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

/**
 * Where the notes name no month, an update takes its origin from the ledger: the earlier action of the same body it
 * repeats. Real wordings of consecutive meetings (ICAT 300/301, RSE-AUNZ 304/305, CJ panel 102/103 in ../shared/real).
 */
class LedgerOriginTests {

	private static final String BODY = "Steering Committee";

	private static final LocalDate EARLIER = LocalDate.of(2020, 4, 28);

	private static final LocalDate LATER = LocalDate.of(2020, 5, 26);

	@ParameterizedTest(name = "{1} \"{2}\" -> {4}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# earlier action raised                                                      | later row  | later wording                                                                 | later body | linked
			Add the steering committee terms of reference to the icatproject website     | UPDATE     | Add the steering committee terms of reference to the icatproject website     | same       | true
			[HP] Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop. | UPDATE     | [HP] Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop  | same       | true
			Kieron O’Hara to circulate the URL for the report once completed.            | UPDATE     | Kieron O’Hara to circulate the URL for his report on anonymisation once completed. | same  | true
			Update the ToR to include a section on voting                                 | UPDATE     | Write a specification of external authorization service                      | same       | false
			Add the steering committee terms of reference to the icatproject website     | UPDATE     | Add the steering committee terms of reference to the icatproject website     | other      | false
			[NL] Draft a post for the website summarising the eResNZ'20 workshop.          | RAISED     | [NL] Draft a post for the website summarising the eResNZ'20 workshop.         | same       | true
			[NM] Share logo and branding details with NL.                                  | RAISED     | [NM] Create google docs for collaboration on posts.                           | same       | false
			[NM] Share logo and branding details with NL.                                  | RAISED     | [NM] Share logo and branding details with NL.                                 | other      | false
			""")
	void anUpdateNamingNoMonthIsTheEarlierActionOfItsBody(String earlier, String laterKind, String later, String laterBody,
			boolean linked) {
		ActionRow raised = row("a1", BODY, EARLIER, ActionKind.RAISED, earlier, YearMonth.from(EARLIER));
		boolean update = laterKind.equals("UPDATE");
		ActionRow report = row("b1", laterBody.equals("same") ? BODY : "Senior Officials Group", LATER,
				update ? ActionKind.BROUGHT_FORWARD : ActionKind.RAISED, later, update ? null : YearMonth.from(LATER));

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(raised, report));

		LedgerEntry first = ledger.get(0);
		assertThat(first.reports().stream().anyMatch(r -> r.actionId().equals("b1"))).isEqualTo(linked);
		assertThat(ledger).hasSize(linked ? 1 : 2);
		if (linked) {
			assertThat(first.raisedIn()).isEqualTo(YearMonth.of(2020, 4));
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			[NL] Follow up with enquiries concerning Casual Vacancies.
			""")
	void aRaisedActionRepeatingAClosedOneIsNew(String wording) {
		ActionRow raised = row("a1", BODY, EARLIER, ActionKind.RAISED, wording, YearMonth.from(EARLIER));
		ActionRow closedIt = new ActionRow("m1", "may.md", 10, BODY, LATER, ActionKind.BROUGHT_FORWARD, wording, List.of(),
				null, YearMonth.from(EARLIER), ActionStatus.CLOSED, "done");
		ActionRow again = row("j1", BODY, LATER.plusMonths(1), ActionKind.RAISED, wording, YearMonth.from(LATER.plusMonths(1)));

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(raised, closedIt, again));

		assertThat(ledger).extracting(LedgerEntry::ledgerId).containsExactly("a1", "j1");
	}

	@ParameterizedTest(name = "{0} \"{1}\"")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			RAISED | [HP] Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop.
			UPDATE | [HP] Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop - done
			""")
	void anActionFirstSeenCarriedKeepsOneHistoryAcrossMeetings(String laterKind, String later) {
		// 304 says "All actions carried forward." and lists it with no month; 305 lists it again, or marks it done
		ActionRow carried = row("a1", BODY, EARLIER, ActionKind.BROUGHT_FORWARD,
				"[HP] Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop.", null);
		boolean update = laterKind.equals("UPDATE");
		ActionRow report = row("b1", BODY, LATER, update ? ActionKind.BROUGHT_FORWARD : ActionKind.RAISED, later,
				update ? null : YearMonth.from(LATER));

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(carried, report));

		assertThat(ledger).hasSize(1);
		assertThat(ledger.get(0).reports()).extracting(LedgerEntry.Report::actionId).containsExactly("a1", "b1");
		// first seen in April: the latest month it can have been raised
		assertThat(ledger.get(0).raisedIn()).isEqualTo(YearMonth.of(2020, 4));
		assertThat(ledger.get(0).raisedOn()).isNull();
	}

	/** The Secretary, Trevor Smith, written "TS" in the Ayton minutes. */
	private static final List<RoleRef> TS = List.of(new RoleRef(Role.OTHER, false, "Secretary", "Trevor Smith"));

	@ParameterizedTest(name = "\"{1}\" -> {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# earlier action (owner TS where marked)                                 | later paragraph under "Matters Arising"                                                              | linked
			TS: TS to contact the dog warden at SBC and see if they could offer support | TS confirmed he had contacted the dog warden at SBC regarding Dog Fouling in the village.         | true
			TS: TS to contact the dog warden at SBC and see if they could offer support | SW advised that the dog warden at SBC had been contacted about dog fouling in the village.        | false
			TS: TS to contact the dog warden at SBC and see if they could offer support | TS advised that new road markings had been requested on the road into Ayton.                      | false
			Issue an invitation to our February meeting                               | Invitations had been sent to the housing associations for our February meeting on housing.          | false
			""")
	void aParagraphOfMattersArisingReportsOnTheActionWhoseWordsItHolds(String earlier, String paragraph, boolean linked) {
		boolean owned = earlier.startsWith("TS: ");
		ActionRow raised = new ActionRow("a1", "jan.md", 1, BODY, EARLIER, ActionKind.RAISED, owned ? earlier.substring(4) : earlier,
				owned ? TS : List.of(), null, YearMonth.from(EARLIER), ActionStatus.OPEN, null);
		// a report written as prose: no wording of the action, only the update
		ActionRow report = new ActionRow("b1", "feb.md", 41, BODY, LATER, ActionKind.BROUGHT_FORWARD, "", List.of(), null, null,
				ActionStatus.OPEN, paragraph);

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(raised, report));

		// linked or not, a paragraph starts no entry of its own: it is no action
		assertThat(ledger).hasSize(1);
		assertThat(ledger.get(0).reports().stream().anyMatch(r -> r.actionId().equals("b1"))).isEqualTo(linked);
	}

	/** Ayton Community Council's officers as the January minutes (200 in ../shared/real) name them. */
	private static List<RoleRef> owner(String title, String person) {
		return List.of(new RoleRef(Role.OTHER, false, title, person));
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# paragraph under "Matters Arising" in 201_ayton-cc-2024-02.md                                                                     | the action it reports on
			Cllr JA advised that new road markings had been requested on the road into Ayton and this would be carried out in the coming weeks.  | road
			TF confirmed he had spoken to Graham Dolan and now has access to the old village website where he can take content for the new website. | website
			In relation to the High Street Garden, SW advised that an offer from Unpaid Work at Criminal Justice has been made.                 | garden
			Cllr JA advised that the Pingo bus timetable had been published.                                                                   | none
			""")
	void aParagraphNamingTheAgendaItemOrOpeningWithTheOwnerReportsOnItsAction(String paragraph, String action) {
		// January's actions with the agenda items they were raised under
		ActionRow road = new ActionRow("road", "jan.md", 104, BODY, EARLIER, ActionKind.RAISED,
				"SW to bring this up with Cllr Anderson and seek advice on who to contact regarding this maintenance",
				owner("Chair", "Sarah Woodbury"), null, YearMonth.from(EARLIER), ActionStatus.OPEN, null, false, "Road Markings", false);
		ActionRow website = new ActionRow("website", "jan.md", 120, BODY, EARLIER, ActionKind.RAISED,
				"TF to take over the running of the website including building a new site at a substantially reduced cost of only £8 per year",
				owner("Toby Foster", "Toby Foster"), null, YearMonth.from(EARLIER), ActionStatus.OPEN, null, false,
				"Village Website and Social Media", false);
		ActionRow garden = new ActionRow("garden", "jan.md", 124, BODY, EARLIER, ActionKind.RAISED,
				"PH to keep CC updated on this matter", owner("Peter Hemingway", "Peter Hemingway"), null,
				YearMonth.from(EARLIER), ActionStatus.OPEN, null, false, "High Street Garden", false);
		ActionRow litter = new ActionRow("litter", "jan.md", 88, BODY, EARLIER, ActionKind.RAISED,
				"SW to speak to SBC regarding this matter and note our concerns regarding the volume of litter currently on verges",
				owner("Chair", "Sarah Woodbury"), null, YearMonth.from(EARLIER), ActionStatus.OPEN, null, false, "A1 Litter", false);
		ActionRow report = new ActionRow("feb", "feb.md", 49, BODY, LATER, ActionKind.BROUGHT_FORWARD, "", List.of(), null,
				null, ActionStatus.OPEN, paragraph);

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(road, website, garden, litter, report));

		assertThat(ledger).extracting(LedgerEntry::ledgerId).containsExactlyInAnyOrder("road", "website", "garden", "litter");
		assertThat(ledger.stream().filter(e -> !e.reports().isEmpty()).map(LedgerEntry::ledgerId).toList())
			.isEqualTo(action.equals("none") ? List.of() : List.of(action));
	}

	@Test
	void aParagraphTwoActionsFitAlikeIsLinkedToNeither() {
		// the same owner, the same item, the same words held: which one it reports on the notes do not say
		ActionRow first = new ActionRow("first", "jan.md", 112, BODY, EARLIER, ActionKind.RAISED,
				"TS to write to the roads department about the potholes", TS, null, YearMonth.from(EARLIER), ActionStatus.OPEN,
				null, false, "Roads", false);
		ActionRow second = new ActionRow("second", "jan.md", 113, BODY, EARLIER, ActionKind.RAISED,
				"TS to phone the roads department about the potholes", TS, null, YearMonth.from(EARLIER), ActionStatus.OPEN,
				null, false, "Roads", false);
		ActionRow report = new ActionRow("feb", "feb.md", 49, BODY, LATER, ActionKind.BROUGHT_FORWARD, "", List.of(), null,
				null, ActionStatus.OPEN, "TS advised that the roads department had not replied about the potholes.");

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(first, second, report));

		assertThat(ledger).allSatisfy(e -> assertThat(e.reports()).isEmpty());
	}

	private static ActionRow row(String id, String body, LocalDate date, ActionKind kind, String text, YearMonth raisedIn) {
		return new ActionRow(id, id + ".md", 1, body, date, kind, text, List.of(), null, raisedIn, ActionStatus.OPEN,
				kind == ActionKind.RAISED ? null : "");
	}

}
