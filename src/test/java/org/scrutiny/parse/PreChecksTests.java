package org.scrutiny.parse;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scrutiny.PreChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.model.RoleRef;
import org.scrutiny.normalise.NoteLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.PreChecks.differences;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The parser spares most lines most of its patterns with quick checks, and remembers what it has worked out. None of
 * that may change a result: on every line of the test notes, and on texts made to be awkward, each quick path gives
 * what the pattern or the work it spares gives.
 */
class PreChecksTests {

	private static final List<NoteLine> LINES = RealLines.lines();

	private static final List<String> TEXTS = RealLines.texts();

	private static Pattern pattern(Class<?> owner, String name) {
		return RealLines.pattern(owner, name);
	}

	@Test
	void readsTheTestNotes() {
		assertThat(LINES).hasSizeGreaterThan(500);
	}

	/** Each check that lets a pattern run: where the pattern finds something in a text, the check must let it run. */
	static Stream<Arguments> patternsAndTheirChecks() {
		Predicate<String> digit = t -> t.chars().anyMatch(c -> c >= '0' && c <= '9');
		Predicate<String> startsWithDigit = t -> !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
		Predicate<String> startsWithCapital = t -> !t.isEmpty() && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z';
		Predicate<String> spaced = t -> t.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r');
		@SuppressWarnings("unchecked")
		List<Keyword> stillOpen = (List<Keyword>) RealLines.field(UpdateStatus.class, "STILL_OPEN_WORDS");
		@SuppressWarnings("unchecked")
		List<Keyword> statuses = (List<Keyword>) RealLines.field(BroughtForwardItem.class, "STATUS_WORDS");
		return Stream.of(
				arguments("BroughtForwardItem.STATUS_TAIL", pattern(BroughtForwardItem.class, "STATUS_TAIL"),
						(Predicate<String>) t -> Keyword.anyIn(t, statuses)),
				arguments("UpdateStatus.STILL_OPEN", pattern(UpdateStatus.class, "STILL_OPEN"),
						(Predicate<String>) t -> t.contains("/") || Keyword.anyIn(t, stillOpen)),
				arguments("OwnerColumnResolver.JOINT", pattern(OwnerColumnResolver.class, "JOINT"),
						check(OwnerColumnResolver.class, "mayHoldJoint")),
				arguments("whole NameAndTitle.NAME_WORDS", whole(pattern(NameAndTitle.class, "NAME_WORDS")), startsWithCapital),
				arguments("whole PeopleIndex.ONE_NAME", whole(pattern(PeopleIndex.class, "ONE_NAME")), startsWithCapital),
				arguments("whole PeopleIndex.INITIALS", whole(pattern(PeopleIndex.class, "INITIALS")),
						(Predicate<String>) t -> t.length() >= 2 && t.length() <= 4 && t.charAt(1) >= 'A' && t.charAt(1) <= 'Z'),
				arguments("whole PeopleIndex.RANK_SURNAME", whole(pattern(PeopleIndex.class, "RANK_SURNAME")), spaced),
				arguments("whole RoleClassifier.CODE", whole(pattern(RoleClassifier.class, "CODE")),
						(Predicate<String>) t -> t.length() >= 2 && t.length() <= 5),
				arguments("whole OwnerLookup.CODE_AND_PORTFOLIO", whole(pattern(OwnerLookup.class, "CODE_AND_PORTFOLIO")),
						check(OwnerLookup.class, "startsLikePortfolio")),
				arguments("whole SectionHeading.NUMBER", whole(SectionHeading.NUMBER), startsWithDigit),
				arguments("whole SectionHeading.NUMBERED", whole(pattern(SectionHeading.class, "NUMBERED")), startsWithDigit),
				arguments("whole SectionHeading.TOP_LEVEL", whole(pattern(SectionHeading.class, "TOP_LEVEL")), startsWithDigit),
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
				arguments("ActionAttributes.DUE_LABEL", ActionAttributes.DUE_LABEL, (Predicate<String>) t -> t.contains(":")),
				arguments("BroughtForwardItem.INLINE_UPDATE", pattern(BroughtForwardItem.class, "INLINE_UPDATE"),
						has("update").or(has("progress"))),
				arguments("BroughtForwardHeading.MINUTES_AGREED", pattern(BroughtForwardHeading.class, "MINUTES_AGREED"),
						has("minutes")),
				arguments("BroughtForwardHeading.ORIGIN", pattern(BroughtForwardHeading.class, "ORIGIN"),
						has("from").and(has("action").or(has("matters")))),
				arguments("BroughtForwardHeading.PREVIOUS", pattern(BroughtForwardHeading.class, "PREVIOUS"),
						has("meeting").and(has("action"))),
				arguments("NextMeetingRule.HEADING", NextMeetingRule.HEADING, has("next")),
				arguments("OwnerSubject.ASKED", pattern(OwnerSubject.class, "ASKED"), has("asked")),
				arguments("OwnerSubject.JOINT", pattern(OwnerSubject.class, "JOINT"),
						(Predicate<String>) t -> t.contains("and") || t.contains("&") || t.contains("/")),
				arguments("OwnerColumnResolver.NUMBER", pattern(OwnerColumnResolver.class, "NUMBER"), digit),
				arguments("ActionShape.REFERENCE", pattern(ActionShape.class, "REFERENCE"), (Predicate<String>) t -> t.contains("/")),
				arguments("SectionHeading.REFERENCED", pattern(SectionHeading.class, "REFERENCED"),
						(Predicate<String>) t -> t.contains("/")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("patternsAndTheirChecks")
	void aCheckNeverStopsAPatternThatWouldMatch(String name, Pattern pattern, Predicate<String> check) {
		assertThat(TEXTS.stream().filter(t -> pattern.matcher(t).find() && !check.test(t)).toList()).isEmpty();
	}

	/** A check a class keeps to itself. */
	private static Predicate<String> check(Class<?> owner, String name) {
		Function<String, Boolean> check = PreChecks.method(owner, name);
		return check::apply;
	}

	private static Predicate<String> has(String word) {
		return Keyword.of(word)::in;
	}

	/** The pattern as {@code matches()} uses it: the whole text. */
	private static Pattern whole(Pattern pattern) {
		return Pattern.compile("^(?:" + pattern.pattern() + ")$", pattern.flags());
	}

	/** Each rule's title is found only where its word is. */
	@Test
	void findsARolesTitleOnlyWhereItsWordIs() throws ReflectiveOperationException {
		List<?> rules = (List<?>) RealLines.field(RoleClassifier.class, "RULES");
		for (Object rule : rules) {
			var word = rule.getClass().getDeclaredMethod("word");
			var title = rule.getClass().getDeclaredMethod("title");
			word.setAccessible(true);
			title.setAccessible(true);
			Pattern pattern = (Pattern) title.invoke(rule);
			String w = (String) word.invoke(rule);
			assertThat(TEXTS.stream().filter(t -> pattern.matcher(t).find() && !t.toLowerCase(Locale.ROOT).contains(w)).toList())
				.as(pattern.pattern()).isEmpty();
		}
	}

	@Test
	void findsAKeywordWhereverACaseFoldingPatternFindsIt() {
		List<String> words = List.of("from", "action", "matters", "meeting", "minutes", "tion", "next", "within", "week",
				"day", "month", "asked", "update", "progress", "sensitive", "restricted", "confidential", "secret",
				"publication", "release", "exempt", "arising", "agreed", "raised", "new", "actions", "going", "not", "await",
				"outstanding", "remain", "pending", "continu", "confirmed", "tbc", "deferred", "forward", "way", "still", "yet");
		for (String word : words) {
			Pattern folded = Pattern.compile("(?i)" + word);
			// the same on ASCII text; elsewhere at least wherever the pattern finds the word
			assertThat(differences(TEXTS.stream().filter(t -> t.chars().allMatch(c -> c < 0x80)).toList(),
					t -> Keyword.of(word).in(t), t -> folded.matcher(t).find())).as(word).isEmpty();
			assertThat(TEXTS.stream().filter(t -> folded.matcher(t).find() && !Keyword.of(word).in(t)).toList()).as(word)
				.isEmpty();
		}
	}

	@Test
	void collapsesAndSplitsSpacesAsThePatternDoes() {
		Pattern whiteSpace = Pattern.compile("\\s+");
		assertThat(differences(TEXTS, Spaces::collapse, t -> whiteSpace.matcher(t).replaceAll(" "))).isEmpty();
		assertThat(differences(TEXTS, Spaces::splitLength, t -> whiteSpace.split(t).length)).isEmpty();
		assertThat(differences(TEXTS, t -> List.of(Spaces.split(t)), t -> List.of(whiteSpace.split(t)))).isEmpty();
	}

	@Test
	void takesPrefixesOffAsReplaceFirstDoes() {
		List<Pattern> prefixes = List.of(pattern(RoleClassifier.class, "ACTING"), RoleClassifier.LEADING_THE,
				OwnerLookup.ACTING_SLASH, pattern(OwnerSubject.class, "LEADING_THE"));
		List<String> starts = List.of((String) RealLines.field(RoleClassifier.class, "ACTING_STARTS"), "Tt", "TtAa", "Tt");
		for (int i = 0; i < prefixes.size(); i++) {
			Pattern prefix = prefixes.get(i);
			String start = starts.get(i);
			assertThat(differences(TEXTS, t -> Prefixes.remove(prefix, start, t), t -> prefix.matcher(t).replaceFirst("")))
				.as(prefix.pattern()).isEmpty();
		}
		Pattern honorifics = pattern(NameAndTitle.class, "LEADING_HONORIFICS");
		assertThat(differences(TEXTS, NameAndTitle::bare, t -> honorifics.matcher(t.strip()).replaceFirst(""))).isEmpty();
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

	@Test
	void keysAnActionAsThePatternDid() {
		Pattern notAWord = Pattern.compile("[^\\p{L}\\p{N}]+");
		assertThat(differences(TEXTS, ActionLedger::key,
				t -> notAWord.matcher(ActionShape.withoutMarker(t).toLowerCase(Locale.ROOT)).replaceAll(" ").strip())).isEmpty();
		assertThat(differences(TEXTS.stream().map(ActionLedger::key).toList(), ActionLedger::words,
				key -> new HashSet<>(List.of(key.split(" "))))).isEmpty();
	}

	/** The patterns as they were before a guard was put in front of them, which the guarded ones must match alike. */
	static Stream<Arguments> guardedPatterns() {
		String start = "(?:^\\W{0,3}(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]?\\s+|\\d{1,2}[.)])?|(?<=[.:;!?]\\s{1,3}))";
		Pattern list = pattern(ActionsArisingHeading.class, "LIST");
		Pattern single = pattern(ActionsArisingHeading.class, "SINGLE");
		String guardedStart = "(?:^\\W{0,3}(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]?\\s+|\\d{1,2}[.)])?|(?=[and])(?<=[.:;!?]\\s{1,3}))";
		return Stream.of(arguments(pattern(ActionShape.class, "OBLIGATION"), Pattern.compile("(?i)(?<!\\b(?:begun|began|begin|"
				+ "begins|started|starts|continue|continues|continued|likely|able|unable|used|seems|seemed|appears|appeared|"
				+ "tends|tended|order|going|wants|wanted|hoped|hopes|holding|held|due|set)\\s)\\b(?:to|will|should|must|shall|"
				+ "needs? to)\\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|all|any|each|every|date|members|him|"
				+ "them)\\b)[a-z]")),
				arguments(list, Pattern.compile(list.pattern().replace(guardedStart, start))),
				arguments(single, Pattern.compile(single.pattern().replace(guardedStart, start))),
				arguments(pattern(BroughtForwardItem.class, "SENTENCE_END"), Pattern.compile("(?<=[a-z0-9)'\u2019][.!])\\s+(?=[A-Z])")));
	}

	@ParameterizedTest
	@MethodSource("guardedPatterns")
	void aGuardedPatternMatchesWhereItsOriginalDid(Pattern guarded, Pattern original) {
		assertThat(guarded.pattern()).isNotEqualTo(original.pattern());
		assertThat(differences(TEXTS, t -> matches(guarded, t), t -> matches(original, t))).isEmpty();
	}

	/** Every match, with where it stands. */
	private static List<String> matches(Pattern pattern, String text) {
		List<String> out = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			out.add(m.start() + "-" + m.end() + ":" + m.group());
		}
		return out;
	}

	@Test
	void readsAnActionsHeadingAsTheUnguardedPatternsDo() {
		String start = "(?:^\\W{0,3}(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]?\\s+|\\d{1,2}[.)])?|(?<=[.:;!?]\\s{1,3}))";
		String guardedStart = "(?:^\\W{0,3}(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]?\\s+|\\d{1,2}[.)])?|(?=[and])(?<=[.:;!?]\\s{1,3}))";
		Pattern single = Pattern.compile(pattern(ActionsArisingHeading.class, "SINGLE").pattern().replace(guardedStart, start));
		Pattern list = Pattern.compile(pattern(ActionsArisingHeading.class, "LIST").pattern().replace(guardedStart, start));
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
		assertThat(differences(RealLines.words(), RoleClassifier::isCode, w -> code.matcher(w).matches())).isEmpty();
	}

	@Test
	void readsATableHeaderAsEachColumnsPatternReadsIt() throws ReflectiveOperationException {
		Field header = ActionTable.Column.class.getDeclaredField("header");
		header.setAccessible(true);
		List<Pattern> headers = new ArrayList<>();
		for (ActionTable.Column column : ActionTable.Column.values()) {
			headers.add(Pattern.compile("(?i)" + header.get(column)));
		}
		assertThat(differences(TEXTS, ActionTable.Column::of, cell -> {
			String c = cell.strip().replaceAll("[:*]+$", "");
			for (int i = 0; i < headers.size(); i++) {
				if (headers.get(i).matcher(c).matches()) {
					return Optional.of(ActionTable.Column.values()[i]);
				}
			}
			return Optional.<ActionTable.Column>empty();
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

	@Test
	void seesAnAttendanceListOpenWhereThePatternsDo() {
		Pattern status = pattern(AttendanceParser.class, "STATUS_LABEL");
		Pattern columns = pattern(AttendanceParser.class, "COLUMN_HEADING");
		assertThat(differences(TEXTS, t -> AttendanceParser.opensList(NoteLine.of(1, t)),
				t -> status.matcher(t.strip()).matches() || columns.matcher(t.strip()).matches())).isEmpty();
	}

	/** A line is an owner column when its full reading names someone and nobody unknown, however soon it stops. */
	@Test
	void seesAnOwnerColumnWhereTheFullReadingDoes() {
		Pattern ownerCharacters = Pattern.compile("[\\w/&,.\\s'-]{1,80}");
		for (PeopleIndex people : List.of(PeopleIndex.empty(), BoardAttendance.index())) {
			OwnerColumnResolver quick = new OwnerColumnResolver(people);
			OwnerColumnResolver full = new OwnerColumnResolver(people);
			assertThat(differences(TEXTS, quick::isOwnerColumn, t -> {
				if (t.isBlank() || !ownerCharacters.matcher(t).matches()) {
					return false;
				}
				List<OwnerColumnResolver.Assignment> assignments = full.resolve(t);
				return assignments.stream().anyMatch(a -> !a.owners().isEmpty())
						&& assignments.stream().allMatch(a -> a.unresolved().isEmpty());
			})).isEmpty();
		}
	}

	/** An owner remembered from earlier lines is the one a fresh reading gives, whatever was asked before. */
	@Test
	void remembersOwnersAsAFreshReadingGivesThem() {
		List<String> tokens = Stream.concat(RealLines.words().stream(), TEXTS.stream()).distinct().toList();
		for (PeopleIndex people : List.of(PeopleIndex.empty(), BoardAttendance.index())) {
			OwnerLookup warm = new OwnerLookup(people);
			tokens.forEach(warm::find);
			assertThat(differences(tokens, warm::find, t -> new OwnerLookup(people).find(t))).isEmpty();
			// and asked in the other order
			OwnerLookup backwards = new OwnerLookup(people);
			List<Optional<RoleRef>> found = new ArrayList<>();
			for (int i = tokens.size() - 1; i >= 0; i--) {
				found.add(0, backwards.find(tokens.get(i)));
			}
			assertThat(found).isEqualTo(tokens.stream().map(warm::find).toList());
		}
	}

}
