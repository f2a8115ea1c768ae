package org.scrutiny.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a prefix ("the ", "T/", a list marker) off a text.
 */
public final class Prefixes {

	private Prefixes() {
	}

	/**
	 * The text without what the pattern matches at its start. For a pattern anchored with {@code ^} this is exactly
	 * {@code prefix.matcher(text).replaceFirst("")}, only without building the new text through a replacement.
	 */
	public static String remove(Pattern prefix, String text) {
		Matcher m = prefix.matcher(text);
		return m.lookingAt() ? text.substring(m.end()) : text;
	}

	/**
	 * As {@link #remove(Pattern, String)}, where {@code starts} holds every character a match can begin with: a text
	 * that begins otherwise is returned as it is, without trying the pattern.
	 */
	public static String remove(Pattern prefix, String starts, String text) {
		return mayStart(starts, text) ? remove(prefix, text) : text;
	}

	private static boolean mayStart(String starts, String text) {
		return !text.isEmpty() && starts.indexOf(text.charAt(0)) >= 0;
	}

}
