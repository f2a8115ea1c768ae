package org.scrutiny.parse.actions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.parse.RealLines;
import org.scrutiny.parse.layout.ActionShape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.scrutiny.PreChecks.differences;
import static org.scrutiny.parse.RealLines.has;
import static org.scrutiny.parse.RealLines.pattern;

/**
 * Due dates and an action's own labels are read with quick checks before their patterns, and an action's wording is
 * keyed without one. None of that may change a result: on every line of the test notes, and on texts made to be
 * awkward, each quick path gives what the pattern it spares gives.
 */
class PreChecksTests {

	private static final List<String> TEXTS = RealLines.texts();

	/** Each check that lets a pattern run: where the pattern finds something in a text, the check must let it run. */
	static Stream<Arguments> patternsAndTheirChecks() {
		Predicate<String> digit = t -> t.chars().anyMatch(c -> c >= '0' && c <= '9');
		return Stream.of(
				arguments("DueDateRule.WITHIN", pattern(DueDateRule.class, "WITHIN"), has("within")),
				arguments("DueDateRule.FULL_DATE", pattern(DueDateRule.class, "FULL_DATE"), digit),
				arguments("DueDateRule.NUMERIC_DATE", pattern(DueDateRule.class, "NUMERIC_DATE"), digit),
				arguments("DueDateRule.MONTH_YEAR", pattern(DueDateRule.class, "MONTH_YEAR"), digit),
				arguments("DueDateRule.DAY_MONTH", pattern(DueDateRule.class, "DAY_MONTH"), digit),
				arguments("DueDateRule.QUARTER", pattern(DueDateRule.class, "QUARTER"), digit),
				arguments("DueDateRule.NEXT_MEETING", pattern(DueDateRule.class, "NEXT_MEETING"), has("next")),
				arguments("DueDateRule.IN_WEEKS", pattern(DueDateRule.class, "IN_WEEKS"), has("week").or(has("day"))),
				arguments("DueDateRule.IN_MONTHS", pattern(DueDateRule.class, "IN_MONTHS"), has("month")),
				arguments("ActionAttributes.OWNER_LABEL", ActionAttributes.OWNER_LABEL, (Predicate<String>) t -> t.contains(":")),
				arguments("ActionAttributes.DUE_LABEL", ActionAttributes.DUE_LABEL, (Predicate<String>) t -> t.contains(":")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("patternsAndTheirChecks")
	void aCheckNeverStopsAPatternThatWouldMatch(String name, Pattern pattern, Predicate<String> check) {
		assertThat(RealLines.stoppedByTheCheck(pattern, check)).isEmpty();
	}

	@Test
	void keysAnActionAsThePatternDid() {
		Pattern notAWord = Pattern.compile("[^\\p{L}\\p{N}]+");
		assertThat(differences(TEXTS, ActionLedger::key,
				t -> notAWord.matcher(ActionShape.withoutMarker(t).toLowerCase(Locale.ROOT)).replaceAll(" ").strip())).isEmpty();
		assertThat(differences(TEXTS.stream().map(ActionLedger::key).toList(), ActionLedger::words,
				key -> new HashSet<>(List.of(key.split(" "))))).isEmpty();
	}

}
