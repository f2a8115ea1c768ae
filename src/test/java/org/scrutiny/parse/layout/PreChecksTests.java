package org.scrutiny.parse.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.parse.RealLines;
import org.scrutiny.parse.roles.RoleClassifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.scrutiny.PreChecks.differences;
import static org.scrutiny.parse.RealLines.has;
import static org.scrutiny.parse.RealLines.pattern;
import static org.scrutiny.parse.RealLines.whole;

/**
 * Headings, list markers and markings are read with quick checks before their patterns. None of that may change a
 * result: on every line of the test notes, and on texts made to be awkward, each quick path gives what the pattern it
 * spares gives.
 */
class PreChecksTests {

	private static final List<String> TEXTS = RealLines.texts();

	/** The start of an actions heading before a guard was put in front of its sentence-start branch. */
	private static final String START = "(?:^\\W{0,3}(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]?\\s+|\\d{1,2}[.)])?|(?<=[.:;!?]\\s{1,3}))";

	private static final String GUARDED_START = "(?:^\\W{0,3}(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]?\\s+|\\d{1,2}[.)])?|(?=[and])(?<=[.:;!?]\\s{1,3}))";

	/** Each check that lets a pattern run: where the pattern finds something in a text, the check must let it run. */
	static Stream<Arguments> patternsAndTheirChecks() {
		Predicate<String> startsWithDigit = t -> !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
		return Stream.of(
				arguments("whole SectionHeading.NUMBER", whole(SectionHeading.NUMBER), startsWithDigit),
				arguments("whole SectionHeading.NUMBERED", whole(pattern(SectionHeading.class, "NUMBERED")), startsWithDigit),
				arguments("whole SectionHeading.TOP_LEVEL", whole(pattern(SectionHeading.class, "TOP_LEVEL")), startsWithDigit),
				arguments("BroughtForwardHeading.MINUTES_AGREED", pattern(BroughtForwardHeading.class, "MINUTES_AGREED"),
						has("minutes")),
				arguments("BroughtForwardHeading.ORIGIN", pattern(BroughtForwardHeading.class, "ORIGIN"),
						has("from").and(has("action").or(has("matters")))),
				arguments("BroughtForwardHeading.PREVIOUS", pattern(BroughtForwardHeading.class, "PREVIOUS"),
						has("meeting").and(has("action"))),
				arguments("ActionShape.REFERENCE", pattern(ActionShape.class, "REFERENCE"), (Predicate<String>) t -> t.contains("/")),
				arguments("SectionHeading.REFERENCED", pattern(SectionHeading.class, "REFERENCED"),
						(Predicate<String>) t -> t.contains("/")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("patternsAndTheirChecks")
	void aCheckNeverStopsAPatternThatWouldMatch(String name, Pattern pattern, Predicate<String> check) {
		assertThat(RealLines.stoppedByTheCheck(pattern, check)).isEmpty();
	}

	@Test
	void readsListMarkersAsThePatternsDo() {
		Pattern marker = pattern(ActionShape.class, "MARKER");
		Pattern bullet = pattern(ActionShape.class, "BULLET");
		Pattern reference = pattern(ActionShape.class, "REFERENCE");
		assertThat(differences(TEXTS, ActionShape::hasMarker, t -> marker.matcher(t).find())).isEmpty();
		assertThat(differences(TEXTS, ActionShape::withoutMarker, t -> marker.matcher(t).replaceFirst("").strip())).isEmpty();
		assertThat(differences(TEXTS, ActionShape::markerKind, t -> bullet.matcher(t).find() ? "bullet"
				: reference.matcher(t).find() ? "reference" : marker.matcher(t).find() ? "number" : "")).isEmpty();
	}

	@Test
	void seesALineEndMidPhraseWhereThePatternDoes() {
		Pattern midPhrase = pattern(ActionShape.class, "MID_PHRASE");
		assertThat(differences(TEXTS, ActionShape::endsMidPhrase, t -> midPhrase.matcher(t).find())).isEmpty();
	}

	/** The patterns as they were before a guard was put in front of them, which the guarded ones must match alike. */
	static Stream<Arguments> guardedPatterns() {
		Pattern list = pattern(ActionsArisingHeading.class, "LIST");
		Pattern single = pattern(ActionsArisingHeading.class, "SINGLE");
		return Stream.of(arguments(pattern(ActionShape.class, "OBLIGATION"), Pattern.compile("(?i)(?<!\\b(?:begun|began|begin|"
				+ "begins|started|starts|continue|continues|continued|likely|able|unable|used|seems|seemed|appears|appeared|"
				+ "tends|tended|order|going|wants|wanted|hoped|hopes|holding|held|due|set)\\s)\\b(?:to|will|should|must|shall|"
				+ "needs? to)\\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|all|any|each|every|date|members|him|"
				+ "them)\\b)[a-z]")),
				arguments(list, Pattern.compile(list.pattern().replace(GUARDED_START, START))),
				arguments(single, Pattern.compile(single.pattern().replace(GUARDED_START, START))));
	}

	@ParameterizedTest
	@MethodSource("guardedPatterns")
	void aGuardedPatternMatchesWhereItsOriginalDid(Pattern guarded, Pattern original) {
		assertThat(guarded.pattern()).isNotEqualTo(original.pattern());
		assertThat(RealLines.matchDifferences(guarded, original)).isEmpty();
	}

	@Test
	void readsAnActionsHeadingAsTheUnguardedPatternsDo() {
		Pattern single = Pattern.compile(pattern(ActionsArisingHeading.class, "SINGLE").pattern().replace(GUARDED_START, START));
		Pattern list = Pattern.compile(pattern(ActionsArisingHeading.class, "LIST").pattern().replace(GUARDED_START, START));
		Pattern origin = pattern(BroughtForwardHeading.class, "ORIGIN");
		assertThat(differences(TEXTS, ActionsArisingHeading::match, t -> {
			if (origin.matcher(t).find()) {
				return Optional.<ActionsArisingHeading.Heading>empty();
			}
			Matcher s = single.matcher(t);
			if (s.find()) {
				return Optional.of(new ActionsArisingHeading.Heading(ActionsArisingHeading.Kind.SINGLE, t.substring(s.end()).strip()));
			}
			Matcher l = list.matcher(t);
			return l.find() ? Optional.of(new ActionsArisingHeading.Heading(ActionsArisingHeading.Kind.LIST, t.substring(l.end()).strip()))
					: Optional.<ActionsArisingHeading.Heading>empty();
		})).isEmpty();
	}

	@Test
	void readsCapitalsAndHeadingsAsBefore() {
		Pattern capitals = pattern(SectionHeading.class, "CAPITALS");
		Pattern code = pattern(RoleClassifier.class, "CODE");
		assertThat(differences(TEXTS, SectionHeading::isCapitals, t -> {
			if (Arrays.stream(t.strip().split("[\\s/]+")).allMatch(w -> code.matcher(w).matches())) {
				return false;
			}
			int letters = t.replaceAll("[^A-Za-z]", "").length();
			return letters >= 3 && capitals.matcher(t).matches() && (t.strip().contains(" ") || t.strip().endsWith(":"));
		})).isEmpty();
	}

	@Test
	void findsAProtectiveMarkingWhereThePatternsDo() {
		Pattern line = pattern(ProtectiveMarking.class, "MARKING_LINE");
		Pattern heading = pattern(ProtectiveMarking.class, "MARKED_HEADING");
		assertThat(differences(TEXTS, ProtectiveMarking::marking, t -> {
			Matcher l = line.matcher(t.strip());
			if (l.matches()) {
				return Optional.of(l.group(1).strip());
			}
			Matcher h = heading.matcher(t.strip());
			return h.find() && t.length() <= 120 ? Optional.of(h.group(1).strip()) : Optional.<String>empty();
		})).isEmpty();
	}

}
