package org.scrutiny.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.scrutiny.analyse.TopicRecurrence.Mention;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.NormalisedNote;
import org.scrutiny.normalise.Normaliser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The default taxonomy against the hand-made topic answers for the samples (a copy of gold/topics.json).
 */
class TopicRecurrenceTests {

	private final SampleLedger samples = new SampleLedger();

	private final JsonNode gold = JsonMapper.builder().build().readTree(SampleLedger.resource("/gold/topics.json"));

	@Test
	void findsTheGoldTopicsAtNineInTenOfTheirRequiredMeetings() throws IOException {
		List<Mention> mentions = mentions();
		int required = 0;
		int found = 0;
		List<String> missed = new ArrayList<>();
		for (var topic : gold.get("topics").properties()) {
			for (JsonNode date : topic.getValue().get("required")) {
				required++;
				if (mentions.stream().anyMatch(m -> m.topic().equals(topic.getKey()) && m.meetingDate().toString().equals(date.asString()))) {
					found++;
				}
				else {
					missed.add(topic.getKey() + " at " + date.asString());
				}
			}
		}
		assertThat((double) found / required).as("missed %s", missed).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void noStandingAgendaItemIsATopic() throws IOException {
		Set<String> topics = new TreeSet<>(mentions().stream().map(Mention::topic).toList());
		for (JsonNode standing : gold.get("standing")) {
			String item = standing.asString().replaceAll("\\s*\\(.*\\)$", "");
			for (String part : item.split("\\s*/\\s*")) {
				assertThat(topics).as("standing item '%s'", part).noneMatch(t -> t.equalsIgnoreCase(part.strip()));
				assertThat(StandingItems.isStanding(part)).as("'%s' is recognised as standing", part).isTrue();
			}
		}
	}

	@Test
	void aTaxonomyThatListsAStandingItemIsRefusedWithItsLine() {
		String csv = "topic,terms\nCustody,custody\nAny other business,AOB\n";
		assertThatIllegalArgumentException().isThrownBy(() -> TopicTaxonomy.read(new StringReader(csv), "my-topics.csv"))
			.withMessageContaining("my-topics.csv: line 3")
			.withMessageContaining("standing agenda item");
	}

	@Test
	void termsMatchOnStems() throws IOException {
		TopicTaxonomy taxonomy = TopicTaxonomy.read(new StringReader("topic,terms\nVictims' Code,victims code\n"), "t");
		assertThat(new TopicRecurrence(taxonomy).names("Victims' Code", "compliance with the Victim's Code of Practice")).isTrue();
	}

	private List<Mention> mentions() throws IOException {
		TopicTaxonomy taxonomy;
		try (var in = new InputStreamReader(getClass().getResourceAsStream("/topics.csv"), StandardCharsets.UTF_8)) {
			taxonomy = TopicTaxonomy.read(in, "topics.csv");
		}
		TopicRecurrence recurrence = new TopicRecurrence(taxonomy);
		List<Mention> out = new ArrayList<>();
		for (String seed : SampleLedger.SEEDS) {
			NormalisedNote note = new Normaliser().normalise(SampleLedger.resource("/seeds/" + seed + ".txt"));
			Meeting meeting = samples.meetings.stream().filter(m -> m.sourceFile().startsWith(seed)).findFirst().orElseThrow();
			out.addAll(recurrence.mentions(new LedgerInput.MeetingRef(meeting.sourceFile(), meeting.body(), meeting.date()),
					note.lines().stream().map(l -> new TopicRecurrence.NoteText(l.sourceLine(), l.text())).toList()));
		}
		return out;
	}

}
