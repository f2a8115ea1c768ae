package org.scrutiny.parse.actions;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.ActionKind;

import static org.assertj.core.api.Assertions.assertThat;

class ActionLedgerTests {

	private static final YearMonth MARCH_2018 = YearMonth.of(2018, 3);

	private static ActionDraft raised(int line, String text) {
		return new ActionDraft(line, ActionKind.RAISED, text, MARCH_2018);
	}

	private static List<String> texts(ActionLedger ledger) {
		return ledger.drafts().stream().map(ActionDraft::text).toList();
	}

	/** The same action as multi-column extraction printed it again in seed 000: whole, cut short at either end. */
	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The IMU backlog to form part of the regular DPCC / ACC meeting.                                     | The IMU backlog to form part of the regular DPCC / ACC meeting.
			The IMU backlog to form part of the regular DPCC / ACC meeting.                                     | IMU backlog to form part of the regular DPCC / ACC meeting.
			IMU backlog to be brought back to a future HTA consolidation meeting                                | MU backlog to be brought back to a future HTA consolidation meeting
			PCC to determine who from his office does/should attend the Information Management Strategic Board. | PCC to determine who from his office does/should attend the
			""")
	void keepsARepeatedActionOnce(String first, String repeat) {
		ActionLedger ledger = new ActionLedger();
		ActionDraft kept = ledger.add(raised(84, first));
		assertThat(ledger.add(raised(85, repeat))).isSameAs(kept);
		assertThat(texts(ledger)).containsExactly(first);
	}

	@Test
	void keepsTheFullerTextWhenTheShortCopyCameFirst() {
		ActionLedger ledger = new ActionLedger();
		ledger.add(raised(84, "PCC to determine who from his office does/should attend the"));
		ledger.add(raised(85, "PCC to determine who from his office does/should attend the Information Management Strategic Board."));
		assertThat(texts(ledger))
			.containsExactly("PCC to determine who from his office does/should attend the Information Management Strategic Board.");
	}

	/** 301_icat: "| 2.2 | Update the ToR to include a section on voting | TG | Not Done |", then listed again as a new action. */
	@Test
	void keepsAnOpenEarlierActionListedAgainAmongTheNewOnes() {
		ActionLedger ledger = new ActionLedger(earlier -> true);
		String text = "Update the ToR to include a section on voting";
		ActionDraft earlier = ledger.add(new ActionDraft(33, ActionKind.BROUGHT_FORWARD, text, YearMonth.of(2015, 4)));
		assertThat(ledger.add(raised(100, text))).isSameAs(earlier);
		assertThat(ledger.drafts()).extracting(d -> d.kind).containsExactly(ActionKind.BROUGHT_FORWARD);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			2. The ACC to review.         | the acc to review
			• Check how the organisational aspiration | check how the organisational aspiration
			1.ACC/ DPCC                   | 1 acc dpcc
			""")
	void keysTextWithoutMarkerCaseOrPunctuation(String text, String key) {
		assertThat(ActionLedger.key(text)).isEqualTo(key);
	}

	@Nested
	class KeepsApart {

		@ParameterizedTest(name = "{1}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Unresourced incidents to form part of the regular DPCC / ACC meeting. | File quality to form part of the regular DPCC / ACC meeting.
				The IMU backlog to form part of the regular DPCC / ACC meeting.       | IMU backlog to be brought back to a future HTA consolidation meeting
				The ACC to review.                                                    | The ACC to review and share the work on which officers can use the drugs testing kits.
				""")
		void differentActions(String first, String second) {
			ActionLedger ledger = new ActionLedger();
			ledger.add(raised(1, first));
			ledger.add(raised(2, second));
			assertThat(texts(ledger)).containsExactly(first, second);
		}

		/** A closed action raised again is a new one; an open one raised in other words is a new step. */
		@ParameterizedTest(name = "{0}, open {2}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				DPCC to confirm the timetable for the partnership approach to hire cars. | DPCC to confirm the timetable for the partnership approach to hire cars. | false
				The CEX to provide an update on GDPR performance against the national average. | The CEX to provide assurance on GDPR performance. | true
				""")
		void anEarlierActionAndANewOne(String earlier, String raised, boolean open) {
			ActionLedger ledger = new ActionLedger(draft -> open);
			ledger.add(new ActionDraft(30, ActionKind.BROUGHT_FORWARD, earlier, YearMonth.of(2018, 2)));
			ledger.add(raised(40, raised));
			assertThat(ledger.drafts()).extracting(d -> d.kind).containsExactly(ActionKind.BROUGHT_FORWARD, ActionKind.RAISED);
		}

		@Test
		void anActionRaisedAndTheSameWordsBroughtForward() {
			ActionLedger ledger = new ActionLedger();
			String text = "The ACC to review and share the work on which officers can use the drugs testing kits.";
			ledger.add(new ActionDraft(30, ActionKind.BROUGHT_FORWARD, text, YearMonth.of(2018, 2)));
			ledger.add(raised(40, text));
			assertThat(ledger.drafts()).extracting(d -> d.kind).containsExactly(ActionKind.BROUGHT_FORWARD, ActionKind.RAISED);
		}

	}


	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Reach out to Liam Holt regarding his membership application. | JC to reach out to Liam Holt regarding his membership application | true
			Follow up City of Stirling for Rates Exemption.             | Renae to follow up City of Stirling for Rates Exemption          | true
			Secretariat to set up meeting with MoJ.                      | Secretariat to circulate paper on UPI’s before next meeting      | false
			Draft communications to current bands                        | Lewis to conduct the keyholder induction at a Wed Talkshop       | false
			Set quarterley meetings and circulate ToR                    | Send an updated terms of reference to members and set the day and time of the quarterley meetings | true
			Set quarterley meetings and circulate ToR                    | Set the day and time of the quarterley meetings                  | false
			Circulate the terms of reference                             | Review the ToR at the AGM                                        | false
			""")
	void tellsASentenceOnAListedTask(String listed, String sentence, boolean similar) {
		ActionLedger ledger = new ActionLedger();
		ledger.add(new ActionDraft(1, org.scrutiny.model.ActionKind.RAISED, listed, java.time.YearMonth.of(2025, 7)));
		assertThat(ledger.holdsSimilar(sentence)).isEqualTo(similar);
	}

}
