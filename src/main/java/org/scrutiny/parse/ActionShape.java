package org.scrutiny.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an action item looks like on the page: its list marker, whether a line continues the item above, and whether a
 * line reads as something someone must do.
 */
final class ActionShape {

	// matches: 1.   2)   a.   (iii)   •   -   *   (a list marker at the start of an item)
	private static final Pattern MARKER = Pattern.compile("^(?:\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})[.)]|[\u2022*\u2013\u00b7-])\\s+");

	// matches: to   will   should   must   is to be   are to   (an obligation: "The ACC to provide...", "will be shared")
	private static final Pattern OBLIGATION = Pattern.compile("(?i)\\b(?:to|will|should|must|shall|needs? to)\\s+[a-z]");

	// matches: Check how ...   Explain ...   Provide ...   (an item that starts with an imperative verb)
	private static final Pattern IMPERATIVE = Pattern.compile("(?i)^(?:check|explain|provide|review|share|clarify|consider|"
			+ "confirm|arrange|circulate|ensure|establish|report|update|bring|present|invite|write|produce|prepare|develop|"
			+ "identify|liaise|agree|seek|send|obtain|investigate|contact|organise|organize|schedule|publish|submit|set up)\\b");

	private ActionShape() {
	}

	static boolean hasMarker(String text) {
		return MARKER.matcher(text).find();
	}

	static String withoutMarker(String text) {
		return MARKER.matcher(text).replaceFirst("").strip();
	}

	/** A wrapped line: it starts in lower case ("in.", "timelines in line with ..."). */
	static boolean isContinuation(String text) {
		return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) && !hasMarker(text);
	}

	/** Something someone must do, not a question, not a finding. */
	static boolean looksLikeAction(String text) {
		String t = withoutMarker(text);
		if (t.endsWith("?")) {
			return false;
		}
		Matcher obligation = OBLIGATION.matcher(t);
		return obligation.find() || IMPERATIVE.matcher(t).lookingAt();
	}

}
