package org.scrutiny.parse;

/**
 * A quick look for a word a pattern cannot match without, so that most lines are spared the pattern's scan: a line
 * with no "from" in it is no "Actions arising from ..." heading.
 */
final class Keywords {

	/** English letters from the most to the least common. */
	private static final String BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

	private Keywords() {
	}

	/**
	 * True when the text holds the word in any case. Never false where a pattern that needs the word could match: the
	 * patterns here fold the case of ASCII letters only, and this folds at least those. (It jumps from one place the
	 * word's least common letter stands to the next, a search far quicker than a pattern's or than lower-casing the
	 * text: "next" is looked for only where there is an "x".)
	 *
	 * @param word lower-case ASCII letters
	 */
	static boolean contains(String text, String word) {
		int anchor = rarestLetter(word);
		char lower = word.charAt(anchor);
		char upper = Character.toUpperCase(lower);
		int first = anchor;
		int last = text.length() - word.length() + anchor;
		int nextLower = text.indexOf(lower, first);
		int nextUpper = text.indexOf(upper, first);
		while (nextLower >= 0 || nextUpper >= 0) {
			int i = nextUpper < 0 || nextLower >= 0 && nextLower < nextUpper ? nextLower : nextUpper;
			if (i > last) {
				return false;
			}
			if (text.regionMatches(true, i - anchor, word, 0, word.length())) {
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

	/** True when the text holds any of the words, in any case. */
	static boolean containsAny(String text, String... words) {
		for (String word : words) {
			if (contains(text, word)) {
				return true;
			}
		}
		return false;
	}

	/** Where in the word its least common letter stands. */
	private static int rarestLetter(String word) {
		int rarest = 0;
		for (int i = 1; i < word.length(); i++) {
			if (BY_FREQUENCY.indexOf(word.charAt(i)) > BY_FREQUENCY.indexOf(word.charAt(rarest))) {
				rarest = i;
			}
		}
		return rarest;
	}

}
