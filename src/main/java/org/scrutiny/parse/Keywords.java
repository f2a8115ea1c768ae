package org.scrutiny.parse;

/**
 * A quick look for a word a pattern cannot match without, so that most lines are spared the pattern's scan: a line
 * with no "from" in it is no "Actions arising from ..." heading.
 */
final class Keywords {

	private Keywords() {
	}

	/**
	 * True when the text holds the word in any case. Never false where a pattern that needs the word could match: the
	 * patterns here fold the case of ASCII letters only, and this folds at least those.
	 *
	 * @param word lower-case ASCII letters
	 */
	static boolean contains(String text, String word) {
		char first = word.charAt(0);
		char upper = Character.toUpperCase(first);
		for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
			char c = text.charAt(i);
			if ((c == first || c == upper) && text.regionMatches(true, i + 1, word, 1, word.length() - 1)) {
				return true;
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

}
