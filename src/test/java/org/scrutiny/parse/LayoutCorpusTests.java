package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser on other bodies' notes, written in the layouts the samples lack (numbered minutes with "Action:" lines,
 * action logs with Owner and Due columns, owners named as people, HTML tables, page breaks inside an action), each
 * with its expected answer in {@code src/test/resources/layouts}. The bars guard what the parser reads today.
 */
class LayoutCorpusTests {

	static final List<String> LAYOUTS = List.of("hta-matters-arising", "joint-board-present-list", "pab-numbered-minutes",
			"pab-untabbed-action-log", "pfcc-accountability-board", "spcb-action-log", "wales-html-fragments",
			"wm-mam-variant");

	private final List<CorpusScore.Case> cases = CorpusScore.load("/layouts", "/layouts", LAYOUTS);

	@TestFactory
	Stream<DynamicTest> eachMeetingHasItsDate() {
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + ": meeting date",
				() -> assertThat(c.meeting().date()).hasToString(c.gold().get("meeting_date").asString())));
	}

	@Test
	void readsOtherBodiesNotes() {
		CorpusScore.Score s = CorpusScore.of(cases);
		assertThat(s.actionF1()).as("action F1, misses %s", s.misses()).isGreaterThanOrEqualTo(0.95);
		assertThat(s.ownersRight()).as("owners right, misses %s", s.misses()).isGreaterThanOrEqualTo(0.95);
		assertThat(s.dueRight()).as("due right, misses %s", s.misses()).isGreaterThanOrEqualTo(0.9);
		assertThat(s.carriedF1()).as("brought-forward F1, misses %s", s.misses()).isGreaterThanOrEqualTo(0.85);
		assertThat(s.peoplePrecision()).as("people precision, misses %s", s.misses()).isGreaterThanOrEqualTo(0.9);
		assertThat(s.peopleRecall()).as("people recall, misses %s", s.misses()).isGreaterThanOrEqualTo(0.9);
	}

}
