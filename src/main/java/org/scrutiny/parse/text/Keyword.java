package org.scrutiny.parse.text;

import java.util.List;

/**
 * A word a pattern cannot match without, looked for before the pattern is tried, so that most lines are spared the
 * pattern's scan: a line with no "from" in it is no "Actions arising from ..." heading.
 * <p>
 * The search jumps from one place the word's least common letter stands to the next ("next" is looked for only where
 * there is an "x"), far quicker than a pattern's scan or than lower-casing the line. It folds the case of ASCII
 * letters, as the patterns do, so it never says no where a pattern that needs the word could match.
 */
public final class Keyword {

	/** English letters from the most to the least common. */
	private static final String BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

	private final String word;

	/** Where the word's least common letter stands in it. */
	private final int anchor;

	private final char anchorLower;

	private final char anchorUpper;

	private final char firstUpper;

	private Keyword(String word) {
		if (word.isEmpty() || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
			throw new IllegalArgumentException("a keyword is lower-case ASCII letters: " + word);
		}
		this.word = word;
		int rarest = 0;
		for (int i = 1; i < word.length(); i++) {
			if (BY_FREQUENCY.indexOf(word.charAt(i)) > BY_FREQUENCY.indexOf(word.charAt(rarest))) {
				rarest = i;
			}
		}
		this.anchor = rarest;
		this.anchorLower = word.charAt(rarest);
		this.anchorUpper = Character.toUpperCase(anchorLower);
		this.firstUpper = Character.toUpperCase(word.charAt(0));
	}

	/** @param word lower-case ASCII letters */
	public static Keyword of(String word) {
		return new Keyword(word);
	}

	/** True when the text holds the word, in any case. */
	public boolean in(String text) {
		int last = text.length() - word.length() + anchor;
		int nextLower = text.indexOf(anchorLower, anchor);
		int nextUpper = text.indexOf(anchorUpper, anchor);
		while (nextLower >= 0 || nextUpper >= 0) {
			int i = nextUpper < 0 || nextLower >= 0 && nextLower < nextUpper ? nextLower : nextUpper;
			if (i > last) {
				return false;
			}
			int start = i - anchor;
			char first = text.charAt(start);
			// the first letter, in either case, before the whole word
			boolean sameFirst = first == word.charAt(0) || first == firstUpper;
			if (sameFirst && text.regionMatches(true, start, word, 0, word.length())) {
				return true;
			}
			if (i == nextLower) {
				nextLower = text.indexOf(anchorLower, i + 1);
			}
			else {
				nextUpper = text.indexOf(anchorUpper, i + 1);
			}
		}
		return false;
	}

	/** True when the text holds any of the words, in any case. */
	public static boolean anyIn(String text, List<Keyword> words) {
		for (Keyword word : words) {
			if (word.in(text)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return word;
	}

}
