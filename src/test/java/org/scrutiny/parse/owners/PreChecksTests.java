package org.scrutiny.parse.owners;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.RealLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.scrutiny.PreChecks.differences;
import static org.scrutiny.parse.RealLines.check;
import static org.scrutiny.parse.RealLines.has;
import static org.scrutiny.parse.RealLines.pattern;
import static org.scrutiny.parse.RealLines.whole;

/**
 * Owners are read with quick checks before their patterns, and remembered once worked out. None of that may change a
 * result: on every line of the test notes, and on texts made to be awkward, each quick path gives what the pattern or
 * the work it spares gives.
 */
class PreChecksTests {

	private static final List<String> TEXTS = RealLines.texts();

	/** Each check that lets a pattern run: where the pattern finds something in a text, the check must let it run. */
	static Stream<Arguments> patternsAndTheirChecks() {
		Predicate<String> digit = t -> t.chars().anyMatch(c -> c >= '0' && c <= '9');
		Predicate<String> startsWithCapital = t -> !t.isEmpty() && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z';
		Predicate<String> spaced = t -> t.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r');
		return Stream.of(
				arguments("OwnerColumnResolver.JOINT", pattern(OwnerColumnResolver.class, "JOINT"),
						check(OwnerColumnResolver.class, "mayHoldJoint")),
				arguments("whole PeopleIndex.ONE_NAME", whole(pattern(PeopleIndex.class, "ONE_NAME")), startsWithCapital),
				arguments("whole PeopleIndex.INITIALS", whole(pattern(PeopleIndex.class, "INITIALS")),
						(Predicate<String>) t -> t.length() >= 2 && t.length() <= 5 && t.charAt(1) >= 'A' && t.charAt(1) <= 'Z'),
				arguments("whole PeopleIndex.RANK_SURNAME", whole(pattern(PeopleIndex.class, "RANK_SURNAME")), spaced),
				arguments("whole OwnerLookup.CODE_AND_PORTFOLIO", whole(pattern(OwnerLookup.class, "CODE_AND_PORTFOLIO")),
						check(OwnerLookup.class, "startsLikePortfolio")),
				arguments("OwnerSubject.ASKED", pattern(OwnerSubject.class, "ASKED"), has("asked")),
				arguments("OwnerSubject.JOINT", pattern(OwnerSubject.class, "JOINT"),
						(Predicate<String>) t -> t.contains("and") || t.contains("&") || t.contains("/") || t.contains(",")),
				arguments("OwnerColumnResolver.NUMBER", pattern(OwnerColumnResolver.class, "NUMBER"), digit));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("patternsAndTheirChecks")
	void aCheckNeverStopsAPatternThatWouldMatch(String name, Pattern pattern, Predicate<String> check) {
		assertThat(RealLines.stoppedByTheCheck(pattern, check)).isEmpty();
	}

	@Test
	void takesPrefixesOffAsReplaceFirstDoes() {
		List<Pattern> prefixes = List.of(OwnerLookup.ACTING_SLASH, pattern(OwnerSubject.class, "LEADING_THE"));
		List<String> starts = List.of("TtAa", "Tt");
		for (int i = 0; i < prefixes.size(); i++) {
			Pattern prefix = prefixes.get(i);
			String start = starts.get(i);
			assertThat(RealLines.prefixDifferences(prefix, start)).as(prefix.pattern()).isEmpty();
		}
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
