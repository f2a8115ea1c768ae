package org.scrutiny.parse.text;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scrutiny.parse.RealLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.PreChecks.differences;

/**
 * The words and white space every rule compares by are found without a pattern; on every line of the test notes, and
 * on texts made to be awkward, each gives what the pattern it spares gives.
 */
class PreChecksTests {

	private static final List<String> TEXTS = RealLines.texts();

	@Test
	void readsTheTestNotes() {
		assertThat(RealLines.lines()).hasSizeGreaterThan(500);
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

}
