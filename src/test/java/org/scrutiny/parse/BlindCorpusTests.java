package org.scrutiny.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Six more bodies' notes ({@code src/test/resources/blind}), written by someone who had not seen the parser's rules,
 * after the parser was tuned on the samples and {@code layouts}. On first reading the parser found 6 of their 29
 * actions; the general rules that closed the gap are the ones they exposed (agenda headed by references, attendance
 * ending at the first line that is no person, continuations across a page break, minute references, status phrases).
 * The bars guard today's reading, which is still short of the samples': the misses left are listed in the closing
 * notes of the session that added them.
 */
class BlindCorpusTests {

	static final List<String> BLIND = List.of("assurance-teams", "footer-page-break", "hta-minute-refs",
			"mopac-oversight-board", "pcp-performance-scrutiny", "wales-strategic-board");

	private final List<CorpusScore.Case> cases = CorpusScore.load("/blind", "/blind", BLIND);

	@TestFactory
	Stream<DynamicTest> eachMeetingHasItsDate() {
		return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + ": meeting date",
				() -> assertThat(c.meeting().date()).hasToString(c.gold().get("meeting_date").asString())));
	}

	@Test
	void readsNotesWrittenWithoutSightOfTheRules() {
		CorpusScore.Score s = CorpusScore.of(cases);
		assertThat(s.actionF1()).as("action F1, misses %s", s.misses()).isGreaterThanOrEqualTo(0.9);
		assertThat(s.ownersRight()).as("owners right, misses %s", s.misses()).isGreaterThanOrEqualTo(0.65);
		assertThat(s.dueRight()).as("due right, misses %s", s.misses()).isGreaterThanOrEqualTo(0.8);
		assertThat(s.carriedF1()).as("brought-forward F1, misses %s", s.misses()).isGreaterThanOrEqualTo(0.7);
		assertThat(s.peoplePrecision()).as("people precision, misses %s", s.misses()).isGreaterThanOrEqualTo(0.8);
		assertThat(s.peopleRecall()).as("people recall, misses %s", s.misses()).isGreaterThanOrEqualTo(0.7);
	}

}
