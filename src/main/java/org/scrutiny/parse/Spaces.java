package org.scrutiny.parse;

import java.util.regex.Pattern;

/**
 * White space as the rules compare text: any run of it is one space.
 */
final class Spaces {

	// matches: "  "   "\t"   (a run of white space)
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private Spaces() {
	}

	/**
	 * Each run of white space (\s) as one plain space, as {@code WHITE_SPACE.matcher(text).replaceAll(" ")} gives it;
	 * the pattern runs only where some run is more than one plain space, which in cleaned notes is seldom.
	 */
	static String collapse(String text) {
		return hasOddSpace(text) ? WHITE_SPACE.matcher(text).replaceAll(" ") : text;
	}

	/** The text split at each run of white space (\s). */
	static String[] split(String text) {
		return WHITE_SPACE.split(text);
	}

	/**
	 * How many parts {@code WHITE_SPACE.split(text)} gives: the words, and an empty first part when the text starts
	 * with white space (the count only, without splitting).
	 */
	static int splitLength(String text) {
		int words = 0;
		boolean spaced = false;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			if (isSpace(text.charAt(i))) {
				spaced = true;
				inWord = false;
			}
			else if (!inWord) {
				words++;
				inWord = true;
			}
		}
		if (!spaced) {
			return 1;
		}
		// trailing empty parts are dropped: white space alone leaves none at all
		return words == 0 ? 0 : words + (isSpace(text.charAt(0)) ? 1 : 0);
	}

	/** \s: space, tab, line feed, vertical tab (0x0B), form feed, return. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	private static boolean hasOddSpace(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
				return true;
			}
		}
		return false;
	}

}
