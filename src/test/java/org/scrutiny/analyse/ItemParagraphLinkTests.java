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
 * A paragraph of an agenda item reports on an action raised under the same item at the body's meeting before, when it
 * holds that action's own words or names its owner (Ayton Community Council, February and March 2024: 201 and 202 in
 * ../shared/real). Anything else it is not: a standing item, an action heard of two meetings back, a paragraph of
 * another item.
 */
class ItemParagraphLinkTests {

	private static final String BODY = "Ayton Community Council";

	private static final LocalDate JANUARY = LocalDate.of(2024, 1, 3);

	private static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 6);

	private static final LocalDate MARCH = LocalDate.of(2024, 3, 5);

	private static final String GRANT = "As far as PI was concerned, he was not aware of the annual Grant of £630 being made but "
			+ "it was confirmed that this had been raised with Gillian Jardine by both Cllr JA and TS and both had been assured "
			+ "this would be made.";

	@ParameterizedTest(name = "\"{1}\" under \"{2}\" -> {3}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# item the action was raised under | paragraph's item | linked
			Treasurer's Report                 | Treasurer's Report | true
			Treasurer's Report                 | Treasurers report  | true
			Treasurer's Report                 | Public Transport Issues | false
			AOB                                | AOB                | false
			Any Other Business                 | Any Other Business | false
			""")
	void aParagraphReportsOnAnActionOfTheSameItemOnly(String raisedUnder, String paragraphUnder, boolean linked) {
		ActionRow chase = raised("chase", FEBRUARY, "Cllr JA to chase this up with Gillian Jardine (PI advised that we are "
				+ "due a payment of £630 as our annual grant)", owner("", "James Anderson"), raisedUnder);

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(chase, paragraph("march", MARCH, GRANT, paragraphUnder)));

		assertThat(ledger).singleElement().satisfies(entry -> assertThat(entry.reports()).hasSize(linked ? 1 : 0));
	}

	@Test
	void whoTheParagraphNamesTellsTwoActionsOfOneItemApart() {
		String item = "Area Partnership Meeting";
		ActionRow both = raised("both", FEBRUARY, "TS and AC to bioth attend on behalf of the Community Council and report back "
				+ "at the next meeting", List.of(new RoleRef(Role.OTHER, false, "Secretary", "Trevor Smith"),
						new RoleRef(Role.OTHER, false, "", "Alison Currie")), item);
		ActionRow am = raised("am", FEBRUARY, "AM to attend on our behalf", owner("Vice-Chair", "Alan McFadzean"), item);
		ActionRow report = paragraph("march", MARCH, "It was reported that the meeting did take place in Duns Volunteer Hall "
				+ "on 7th February and was well attended by a number of organisations. TS and AC had both attend on behalf "
				+ "of the Community Council and reported that the NHS gave an excellent presentation.", item);

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(both, am, report));

		assertThat(ledger).filteredOn(e -> !e.reports().isEmpty()).extracting(LedgerEntry::ledgerId).containsExactly("both");
	}

	@Test
	void aParagraphHoldingTooFewOfTheActionsWordsIsNoReport() {
		ActionRow signatories = raised("signatories", FEBRUARY, "PI to look into changing the signatories on the bank accounts "
				+ "to reflect the new office bearers", owner("Treasurer", "Paul Ingram"), "Treasurer's Report");
		ActionRow interest = paragraph("march", MARCH, "PI advised that we had received an interest Payment 0f 1.34 on the CC "
				+ "Account, taking the Balance to £345.37. No other debits or credits had been made this month.",
				"Treasurer's Report");

		assertThat(LedgerBuilder.build(List.of(signatories, interest))).singleElement()
			.satisfies(entry -> assertThat(entry.reports()).isEmpty());
	}

	@Test
	void anActionLastHeardOfBeforeTheMeetingBeforeIsTheItemsMatterNoLonger() {
		ActionRow chase = raised("chase", JANUARY, "Cllr JA to chase this up with Gillian Jardine (PI advised that we are due "
				+ "a payment of £630 as our annual grant)", owner("", "James Anderson"), "Treasurer's Report");
		// February's meeting, which said nothing of it
		ActionRow other = raised("other", FEBRUARY, "SW to circulate the survey to members", owner("Chair", "Sarah Woodbury"),
				"AOB");

		List<LedgerEntry> ledger = LedgerBuilder.build(List.of(chase, other, paragraph("march", MARCH, GRANT,
				"Treasurer's Report")));

		assertThat(ledger).allSatisfy(entry -> assertThat(entry.reports()).isEmpty());
	}

	private static ActionRow raised(String id, LocalDate date, String text, List<RoleRef> owners, String item) {
		return new ActionRow(id, id + ".md", 1, BODY, date, ActionKind.RAISED, text, owners, null, YearMonth.from(date),
				ActionStatus.OPEN, null, false, item, false);
	}

	private static ActionRow paragraph(String id, LocalDate date, String text, String item) {
		return new ActionRow(id, id + ".md", 1, BODY, date, ActionKind.BROUGHT_FORWARD, "", List.of(), null, null,
				ActionStatus.OPEN, text, false, item, true);
	}

	private static List<RoleRef> owner(String title, String person) {
		return List.of(new RoleRef(Role.OTHER, false, title, person));
	}

}
