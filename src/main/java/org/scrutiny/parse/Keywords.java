package org.scrutiny.parse;

import java.util.Locale;

/**
 * A quick look for a word a pattern cannot match without, so that most lines are spared the pattern's scan: a line
 * with no "from" in it is no "Actions arising from ..." heading.
 */
final class Keywords {

	private Keywords() {
	}

	/**
	 * True when the text holds the word in any case. Never false where a pattern that needs the word could match: the
	 * patterns here fold the case of ASCII letters only, and this folds at least those. (It jumps from one place the
	 * first letter stands to the next, a search far quicker than a pattern's or than lower-casing the text.)
	 *
	 * @param word lower-case ASCII letters
	 */
	static boolean contains(String text, String word) {
		char lower = word.charAt(0);
		char upper = Character.toUpperCase(lower);
		int last = text.length() - word.length();
		int nextLower = text.indexOf(lower);
		int nextUpper = text.indexOf(upper);
		while (nextLower >= 0 || nextUpper >= 0) {
			int i = nextUpper < 0 || nextLower >= 0 && nextLower < nextUpper ? nextLower : nextUpper;
			if (i > last) {
				return false;
			}
			if (text.regionMatches(true, i + 1, word, 1, word.length() - 1)) {
				return true;
			}
			if (i == nextLower) {
				nextLower = text.indexOf(lower, i + 1);
			}
			else {
				nextUpper = text.indexOf(upper, i + 1);
			}
		}
		return false;
	}

	/** True when the text holds any of the words, in any case. (For several words, lower-casing once is quicker.) */
	static boolean containsAny(String text, String... words) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String word : words) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
