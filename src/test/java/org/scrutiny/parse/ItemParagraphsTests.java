package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.Normaliser;

/**
 * The paragraphs of each named agenda item are kept, in case one reports on an action raised under the same item at
 * the meeting before (the ledger decides): one per paragraph, a paragraph wrapped over lines as one, none under no item
 * and none in "Matters arising", whose paragraphs are reports in their own right. They are kept apart from the
 * meeting's actions. Lines from Ayton Community Council, March 2024 (202 in ../shared/real).
 */
class ItemParagraphsTests {

	private static final String NOTES = """
			# Minutes for meeting held Tuesday 5th March 2024

			## Present

			* Sarah Woodbury — *Chair*
			* Paul Ingram — *Treasurer*

			## Matters arising from the minutes of the previous meeting

			SW Has not yet had the chance to meet with the resilience group but would endeavour to do so at the earliest opportunity.

			## Treasurer's Report

			PI advised that we had received an interest Payment 0f 1.34 on the CC Account, taking the Balance to £345.37.

			As far as PI was concerned, he was not aware of the annual Grant of £630 being made but it was confirmed
			that this had been raised with Gillian Jardine by both Cllr JA and TS and both had been assured this would be made.
			PI agreed to check this with the bank before the next meeting.

			## Public Transport Issues

			TS had forwarded the concerns of a local resident to Gordon Grant at SBC but was yet to receive a reply.
			""";

	@Test
	void eachParagraphOfANamedItemIsKeptApartFromTheActions() {
		Meeting meeting = new MeetingParser().parse("202.md", new Normaliser().normalise("202.md", NOTES)).meeting()
			.orElseThrow();

		assertThat(meeting.actions()).satisfiesExactly(
				report -> assertThat(report.kind()).isEqualTo(ActionKind.BROUGHT_FORWARD),
				raised -> assertThat(raised.text()).startsWith("PI to check this with the bank before the next meeting"));
		List<Action> paragraphs = meeting.itemParagraphs();
		assertThat(paragraphs).extracting(Action::topic)
			.containsExactly("Treasurer's Report", "Treasurer's Report", "Public Transport Issues");
		assertThat(paragraphs).extracting(Action::update).satisfiesExactly(
				first -> assertThat(first).startsWith("PI advised that we had received an interest Payment"),
				grant -> assertThat(grant).startsWith("As far as PI was concerned").endsWith("before the next meeting."),
				transport -> assertThat(transport).startsWith("TS had forwarded the concerns"));
		assertThat(paragraphs).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ActionKind.BROUGHT_FORWARD))
			.allSatisfy(p -> assertThat(p.text()).isEmpty());
	}

	@Test
	void aParagraphWrappedOverLinesIsOneUpToTheLineThatEndsASentence() {
		String notes = """
				Police Accountability Board - Minutes

				Date: 5 August 2015

				Present: Chief Constable, Deputy Chief Constable

				5. VICTIM SATISFACTION

				The DCC presented the quarterly report on victim satisfaction, noting that
				demand linked to victim satisfaction was highest at weekends.
				5.2 Members asked how victim satisfaction compared with the most similar group of forces.
				""";

		List<Action> paragraphs = new MeetingParser().parse("pab.txt", new Normaliser().normalise("pab.txt", notes)).meeting()
			.orElseThrow().itemParagraphs();

		assertThat(paragraphs).extracting(Action::update).containsExactly(
				"The DCC presented the quarterly report on victim satisfaction, noting that demand linked to victim "
						+ "satisfaction was highest at weekends.",
				"5.2 Members asked how victim satisfaction compared with the most similar group of forces.");
		assertThat(paragraphs).extracting(Action::topic).containsOnly("VICTIM SATISFACTION");
	}

}
