package org.scrutiny.parse.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.text.Prefixes;

/**
 * What an action item looks like on the page: its list marker, whether a line continues the item above, and whether a
 * line reads as something someone must do.
 */
public final class ActionShape {

	// matches: 1.   2)   a.   (iii)   •   -   *   11/19 –   PAB/22/027   (a list marker or action reference before an item)
	private static final Pattern MARKER = Pattern.compile("^(?:\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})[.)]|[\u2022*\u2013\u00b7-]|"
			+ "(?:\\d{1,2}(?:\\.\\d{1,2}){1,2}\\s+)?(?i:(?:minute|min\\.?|action|ref\\.?)\\s+)?(?:[A-Z]{1,5}/)?\\d{1,3}/\\d{2,4}\\s*[-\u2013:]?)\\s+");

	// matches: "•"  "-"  "*"   (a bullet, as against a number: a bulleted list keeps its bullets)
	private static final Pattern BULLET = Pattern.compile("^[\u2022*\u2013\u00b7-]\\s+");

	// matches: "11/19 –"  "PAB/22/027"   (an action's reference in a log)
	private static final Pattern REFERENCE = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2}){1,2}\\s+)?(?:(?:minute|min\\.?|action|ref\\.?)\\s+)?(?:[A-Z]{1,5}/)?\\d{1,3}/\\d{2,4}\\s*[-\u2013:]?\\s+",
			Pattern.CASE_INSENSITIVE);

	// matches: to   will   should   must   is to be   are to   (an obligation: "The ACC to provide...", "will be shared")
	// ("to the PCC", "to a future meeting": a preposition before a determiner is no obligation)
	// ("has begun to reduce", "continues to fall", "holding to account": a verb's complement, not an obligation)
	// (the first letter, the word boundary and the look-ahead only repeat what the verb then matches: they spare the
	// costly look-behind at every other place)
	private static final Pattern OBLIGATION = Pattern.compile("(?i)(?=[twsmn])\\b(?=to|will|should|must|shall|need)"
			+ "(?<!\\b(?:begun|began|begin|begins|started|starts|continue|continues|"
			+ "continued|likely|able|unable|used|seems|seemed|appears|appeared|tends|tended|order|going|wants|wanted|"
			+ "hoped|hopes|holding|held|due|set)\\s)(?:to|will|should|must|shall|needs? to)\\s+"
			+ "(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|all|any|each|every|date|members|him|them)\\b)[a-z]");

	// matches: Check how ...   Explain ...   Provide ...   (an item that starts with an imperative verb)
	private static final Pattern IMPERATIVE = Pattern.compile("(?i)^(?:check|explain|provide|review|share|clarify|consider|"
			+ "confirm|arrange|circulate|ensure|establish|report|update|bring|present|invite|write|produce|prepare|develop|"
			+ "identify|liaise|agree|seek|send|obtain|investigate|contact|organise|organize|schedule|publish|submit|set up)\\b");

	/** The bullets {@link #MARKER} and {@link #BULLET} know. */
	private static final String BULLETS = "\u2022*\u2013\u00b7-";

	private ActionShape() {
	}

	public static boolean hasMarker(String text) {
		return mayHaveMarker(text) && MARKER.matcher(text).find();
	}

	/** "bullet", "reference", "number" or "" for no marker: the kind of list an item belongs to. */
	public static String markerKind(String text) {
		if (startsWithBullet(text) && BULLET.matcher(text).find()) {
			return "bullet";
		}
		// a reference holds its slash
		if (text.indexOf('/') >= 0 && REFERENCE.matcher(text).find()) {
			return "reference";
		}
		return hasMarker(text) ? "number" : "";
	}

	public static String withoutMarker(String text) {
		return mayHaveMarker(text) ? Prefixes.remove(MARKER, text).strip() : text.strip();
	}

	private static boolean startsWithBullet(String text) {
		return !text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0;
	}

	/**
	 * False where {@link #MARKER} cannot match, which spares most lines the pattern: every marker opens with a
	 * bracket, a digit, one of the letters a to h, i, v and x, or a bullet, except a reference, which holds a slash.
	 */
	private static boolean mayHaveMarker(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char c = text.charAt(0);
		return c == '(' || c >= '0' && c <= '9' || c >= 'a' && c <= 'h' || c == 'i' || c == 'v' || c == 'x'
				|| BULLETS.indexOf(c) >= 0 || text.indexOf('/') >= 0;
	}

	// matches: "... by length of"  "... plan for the"  "... uplift will be allocated across"  "..., "   (a line cut mid-phrase)
	private static final Pattern MID_PHRASE = Pattern.compile("(?i)(?:\\b(?:the|a|an|of|for|to|and|or|with|by|on|in|at|from|beyond|"
			+ "across|between|into|that|which|whose|are|is|be|its|their|his|her|our|this|these|those)|,)\\s*$");

	/** The longest word {@link #MID_PHRASE} ends a line on ("between"). */
	private static final int LONGEST_MID_PHRASE_WORD = 7;

	/** True when the line stops mid-phrase, so the next line carries on the same sentence whatever its first letter. */
	public static boolean endsMidPhrase(String text) {
		// a match is a word (or comma) followed by nothing but white space and line ends, so it starts no further back
		// than the longest word from the last other character: only there is the pattern tried, not at every place
		// (transparent bounds let \b see the character before)
		int from = Math.max(0, endOfText(text) - LONGEST_MID_PHRASE_WORD);
		return MID_PHRASE.matcher(text).useTransparentBounds(true).region(from, text.length()).find();
	}

	/** Where the text ends once trailing white space (\s) and line ends are left out. */
	private static int endOfText(String text) {
		int end = text.length();
		while (end > 0 && isSpaceOrLineEnd(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	private static boolean isSpaceOrLineEnd(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028
				|| c == 0x2029;
	}

	/** A wrapped line: it starts in lower case ("in.", "timelines in line with ..."). */
	public static boolean isContinuation(String text) {
		return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) && !hasMarker(text);
	}

	/** Something someone must do, not a question, not a finding. */
	public static boolean looksLikeAction(String text) {
		String t = withoutMarker(text);
		if (t.endsWith("?")) {
			return false;
		}
		Matcher obligation = OBLIGATION.matcher(t);
		return obligation.find() || IMPERATIVE.matcher(t).lookingAt();
	}

}
