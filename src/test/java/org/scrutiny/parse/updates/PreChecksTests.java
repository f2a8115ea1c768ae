package org.scrutiny.parse.updates;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.parse.RealLines;
import org.scrutiny.parse.text.Keyword;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.scrutiny.parse.RealLines.has;
import static org.scrutiny.parse.RealLines.pattern;

/**
 * Updates and their status words are read with quick checks before their patterns. None of that may change a result:
 * on every line of the test notes, and on texts made to be awkward, each quick path gives what the pattern it spares
 * gives.
 */
class PreChecksTests {

	/** Each check that lets a pattern run: where the pattern finds something in a text, the check must let it run. */
	static Stream<Arguments> patternsAndTheirChecks() {
		@SuppressWarnings("unchecked")
		List<Keyword> stillOpen = (List<Keyword>) RealLines.field(UpdateStatus.class, "STILL_OPEN_WORDS");
		@SuppressWarnings("unchecked")
		List<Keyword> statuses = (List<Keyword>) RealLines.field(BroughtForwardItem.class, "STATUS_WORDS");
		return Stream.of(
				arguments("BroughtForwardItem.STATUS_TAIL", pattern(BroughtForwardItem.class, "STATUS_TAIL"),
						(Predicate<String>) t -> Keyword.anyIn(t, statuses)),
				arguments("UpdateStatus.STILL_OPEN", pattern(UpdateStatus.class, "STILL_OPEN"),
						(Predicate<String>) t -> t.contains("/") || Keyword.anyIn(t, stillOpen)),
				arguments("BroughtForwardItem.INLINE_UPDATE", pattern(BroughtForwardItem.class, "INLINE_UPDATE"),
						has("update").or(has("progress"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("patternsAndTheirChecks")
	void aCheckNeverStopsAPatternThatWouldMatch(String name, Pattern pattern, Predicate<String> check) {
		assertThat(RealLines.stoppedByTheCheck(pattern, check)).isEmpty();
	}

	/** The sentence end as it was before a guard was put in front of it, which the guarded one must match alike. */
	@Test
	void aGuardedSentenceEndMatchesWhereItsOriginalDid() {
		Pattern guarded = pattern(BroughtForwardItem.class, "SENTENCE_END");
		Pattern original = Pattern.compile("(?<=[a-z0-9)'\u2019][.!])\\s+(?=[A-Z])");
		assertThat(guarded.pattern()).isNotEqualTo(original.pattern());
		assertThat(RealLines.matchDifferences(guarded, original)).isEmpty();
	}

}
