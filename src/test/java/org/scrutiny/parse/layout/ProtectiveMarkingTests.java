package org.scrutiny.parse.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.Action;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.CorpusScore;
import org.scrutiny.parse.GoldCorpusTests;
import org.scrutiny.parse.MeetingParser;

class ProtectiveMarkingTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			OFFICIAL-SENSITIVE                              | OFFICIAL-SENSITIVE
			OFFICIAL – SENSITIVE: OPERATIONAL               | OFFICIAL – SENSITIVE: OPERATIONAL
			RESTRICTED                                      | RESTRICTED
			NOT FOR PUBLICATION                             | NOT FOR PUBLICATION
			3. Operation Kestrel (OFFICIAL-SENSITIVE)       | OFFICIAL-SENSITIVE
			Custody deaths review – not for publication     | not for publication
			""")
	void readsAMarking(String line, String marking) {
		assertThat(ProtectiveMarking.marking(line)).contains(marking);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Not Protectively Marked
			Access to the site was restricted during the operation.
			The PCC asked for a confidential briefing on the case.
			""")
	void aSentenceThatUsesTheWordIsNoMarking(String line) {
		assertThat(ProtectiveMarking.marking(line)).isEmpty();
	}

	@Test
	void aMarkedSectionRunsToTheNextAgendaItem() {
		Meeting meeting = parse(CorpusScore.resource("/marked/pab-marked-section.txt"));
		assertThat(meeting.isMarked()).isFalse();
		assertThat(meeting.markedPassages()).singleElement().satisfies(p -> {
			assertThat(p.marking()).isEqualTo("OFFICIAL-SENSITIVE");
			assertThat(p.fromLine()).as("the marked heading, line 18").isEqualTo(18);
			assertThat(p.toLine()).as("the line before item 4").isEqualTo(21);
		});
		assertThat(meeting.actions()).extracting(Action::text, Action::restricted).containsExactly(
				org.assertj.core.groups.Tuple.tuple("DCC to publish the custody visitors' annual report on the website by June.", false),
				org.assertj.core.groups.Tuple.tuple("CC to brief the PCC privately on the informant handling review.", true));
	}

	@Test
	void aMarkingInTheHeadingMarksTheWholeDocument() {
		String notes = "OFFICIAL-SENSITIVE\n" + CorpusScore.resource("/marked/pab-marked-section.txt");
		Meeting meeting = parse(notes);
		assertThat(meeting.isMarked()).isTrue();
		assertThat(meeting.actions()).allMatch(Action::restricted);
	}

	@Test
	void theSampleNotesCarryNoMarking() {
		List<CorpusScore.Case> seeds = CorpusScore.load("/seeds", "/gold", GoldCorpusTests.SEEDS);
		assertThat(seeds).allSatisfy(c -> assertThat(c.meeting().markedPassages()).isEmpty());
	}

	private static Meeting parse(String notes) {
		return new MeetingParser().parse("marked.txt", new Normaliser().normalise(notes)).meeting().orElseThrow();
	}

}
