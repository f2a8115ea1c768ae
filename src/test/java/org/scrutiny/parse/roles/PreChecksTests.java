package org.scrutiny.parse.roles;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scrutiny.parse.RealLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.PreChecks.differences;
import static org.scrutiny.parse.RealLines.pattern;
import static org.scrutiny.parse.RealLines.whole;

/**
 * Titles and role codes are read with quick checks before their patterns. None of that may change a result: on every
 * line of the test notes, and on texts made to be awkward, each quick path gives what the pattern it spares gives.
 */
class PreChecksTests {

	private static final List<String> TEXTS = RealLines.texts();

	@Test
	void aCodeIsLookedForOnlyInATextOfACodesLength() {
		assertThat(RealLines.stoppedByTheCheck(whole(pattern(RoleClassifier.class, "CODE")), t -> t.length() >= 2 && t.length() <= 5))
			.isEmpty();
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
	void takesPrefixesOffAsReplaceFirstDoes() {
		List<Pattern> prefixes = List.of(pattern(RoleClassifier.class, "ACTING"), RoleClassifier.LEADING_THE);
		List<String> starts = List.of((String) RealLines.field(RoleClassifier.class, "ACTING_STARTS"), "Tt");
		for (int i = 0; i < prefixes.size(); i++) {
			Pattern prefix = prefixes.get(i);
			String start = starts.get(i);
			assertThat(RealLines.prefixDifferences(prefix, start)).as(prefix.pattern()).isEmpty();
		}
	}

	@Test
	void readsACodeAsThePatternDoes() {
		Pattern code = pattern(RoleClassifier.class, "CODE");
		assertThat(differences(RealLines.words(), RoleClassifier::isCode, w -> code.matcher(w).matches())).isEmpty();
	}

}
