package org.scrutiny.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * White space as the rules compare text: any run of it is one space.
 */
public final class Spaces {

	// matches: "  "   "\t"   (a run of white space)
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private Spaces() {
	}

	/**
	 * Each run of white space (\s) as one plain space, as {@code WHITE_SPACE.matcher(text).replaceAll(" ")} gives it;
	 * the pattern runs only where some run is more than one plain space, which in cleaned notes is seldom.
	 */
	public static String collapse(String text) {
		return hasOddSpace(text) ? WHITE_SPACE.matcher(text).replaceAll(" ") : text;
	}

	/**
	 * The text split at each run of white space (\s), as {@code WHITE_SPACE.split(text)} splits it: an empty first part
	 * when the text starts with white space, none at its end. A loop rather than the pattern, as it runs on every line.
	 */
	public static String[] split(String text) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isSpace(text.charAt(i))) {
				int end = i;
				while (i + 1 < text.length() && isSpace(text.charAt(i + 1))) {
					i++;
				}
				parts.add(text.substring(start, end));
				start = i + 1;
			}
		}
		if (parts.isEmpty()) {
			return new String[] { text };
		}
		parts.add(text.substring(start));
		int size = parts.size();
		while (size > 0 && parts.get(size - 1).isEmpty()) {
			size--;
		}
		return parts.subList(0, size).toArray(String[]::new);
	}

	/**
	 * How many parts {@code WHITE_SPACE.split(text)} gives: the words, and an empty first part when the text starts
	 * with white space (the count only, without splitting).
	 */
	public static int splitLength(String text) {
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
