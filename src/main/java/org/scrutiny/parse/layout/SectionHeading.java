package org.scrutiny.parse.layout;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.roles.RoleClassifier;
import org.scrutiny.parse.text.Spaces;

/**
 * Agenda headings, which end whatever block of actions or updates came before them.
 */
public final class SectionHeading {

	// matches: 2.   2.1   4a   4b   3   (an agenda number, alone or in a table's first column)
	public static final Pattern NUMBER = Pattern.compile("(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?|\\d{1,2}[a-h])");

	// matches: 4b DELIVERY OF STRATEGIC INITIATIVES:   5. AOB:   2.2 HMICFRS inspection programme
	private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?|\\d{1,2}[a-h])\\s+(.+)$");

	// matches: RESPONSE TIMES   HOLDING TO ACCOUNT:   OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD
	private static final Pattern CAPITALS = Pattern.compile("^[^a-z]*[A-Z]{2,}[^a-z]*$");

	// matches: Findings   Findings:   Update:   Other comments made:
	private static final Pattern SUBHEADING = Pattern.compile("(?i)^(?:findings|update|updates|other comments made|"
			+ "discussion|summary|background|recommendations?|resolved|decision)\\s*:?$");

	// matches: 3. HMICFRS PEEL inspection – force response   1 Introductions and apologies   5. 101 call handling
	private static final Pattern TOP_LEVEL = Pattern.compile("^(\\d{1,2})\\.?\\s+((?:[A-Za-z]|\\d+\\s+[A-Za-z]).*)$");

	// matches: Minute 27/23 – DIGITAL FORENSICS   PCP/23/31 Declarations of interest   (an item headed by its minute reference)
	private static final Pattern REFERENCED = Pattern.compile("(?i)^(?:minute|min\\.?|item)?\\s*(?:[A-Z]{1,6}/)?\\d{1,3}/\\d{2,4}\\s*[-\u2013:]?\\s+(.+)$");

	// matches: 4. Review of membership and potential new members to invite   6. Review website + documentation
	// (a numbered line in heading form whatever its first word: no full stop, a capital after the number)
	private static final Pattern NUMBERED_SHORT_LINE = Pattern.compile("^(\\d{1,2})\\.\\s+([A-Z][^.!?]*)$");

	/** A heading names its item in a few words. */
	private static final int SHORT_LINE_WORDS = 12;

	// matches: the spaces and slashes in "CC / DCC"   (between the words of a line that may be an owner column)
	private static final Pattern SPACES_AND_SLASHES = Pattern.compile("[\\s/]+");

	private SectionHeading() {
	}

	public static boolean isHeading(NoteLine line) {
		String label = line.cells().get(0).strip();
		String text = line.text();
		if (text.isEmpty()) {
			return false;
		}
		// the numbered patterns need a digit first and a reference its slash: most lines are spared them
		boolean numbered = startsWithDigit(text);
		if (numbered && NUMBER.matcher(text).matches() || SUBHEADING.matcher(text).matches()) {
			return true;
		}
		if (isCapitals(text)) {
			return true;
		}
		if (text.indexOf('/') >= 0) {
			Matcher referenced = REFERENCED.matcher(text);
			if (referenced.matches() && (isCapitals(referenced.group(1)) || isTitleLike(referenced.group(1)))) {
				return true;
			}
		}
		// a number in the first column of a table heads a section when its text reads like a title
		if (startsWithDigit(label) && NUMBER.matcher(label).matches() && line.cells().size() > 1) {
			return isTitleLike(text.substring(label.length()).strip());
		}
		if (!numbered) {
			return false;
		}
		Matcher titled = NUMBERED.matcher(text);
		return titled.matches() && isCapitals(titled.group(1));
	}

	/**
	 * The top-level agenda number a line opens with when the rest reads like a title ("3. HMICFRS PEEL inspection -
	 * force response", "1 Introductions and apologies"), else 0. Numbered minutes head items in ordinary case.
	 */
	public static int topLevelNumber(NoteLine line) {
		String label = line.cells().get(0).strip();
		String text = line.text();
		if (!startsWithDigit(text)) {
			return 0;
		}
		Matcher m = TOP_LEVEL.matcher(text);
		if (!m.matches() || !isTitleLike(m.group(2)) && !isCapitals(m.group(2))) {
			return 0;
		}
		return label.isEmpty() || text.startsWith(label) ? Integer.parseInt(m.group(1)) : 0;
	}

	/**
	 * The number a short numbered line opens with ("4. Review of membership and potential new members to invite"),
	 * else 0: a heading only where it is the next agenda number, as {@link AgendaNumbers} checks.
	 */
	public static int numberedShortLine(NoteLine line) {
		String text = line.text();
		if (line.cells().size() != 1 || !startsWithDigit(text)) {
			return 0;
		}
		Matcher m = NUMBERED_SHORT_LINE.matcher(text);
		return m.matches() && Spaces.splitLength(m.group(2)) <= SHORT_LINE_WORDS ? Integer.parseInt(m.group(1)) : 0;
	}

	public static boolean isCapitals(String text) {
		// a lower-case letter, which CAPITALS allows nowhere, rules out most lines before any pattern runs
		if (hasLowerCase(text) || letterCount(text) < 3 || !CAPITALS.matcher(text).matches()
				|| !text.strip().contains(" ") && !text.strip().endsWith(":")) {
			return false;
		}
		// "CC DCC": a loose owner column, not a heading
		return !Arrays.stream(SPACES_AND_SLASHES.split(text.strip())).allMatch(RoleClassifier::isCode);
	}

	/** True when the text starts with a digit, as {@link #NUMBER}, {@link #NUMBERED} and {@link #TOP_LEVEL} need. */
	private static boolean startsWithDigit(String text) {
		return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
	}

	/** True when the text holds a letter from a to z, which {@link #CAPITALS} allows nowhere. */
	private static boolean hasLowerCase(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'a' && c <= 'z') {
				return true;
			}
		}
		return false;
	}

	/** How many of the text's characters are the letters A to Z, in either case. */
	public static int letterCount(String text) {
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
				letters++;
			}
		}
		return letters;
	}

	/** Short, no sentence ending and no verb of obligation: "Integrated victim management (IVM)". */
	public static boolean isTitleLike(String text) {
		String t = text.strip();
		if (t.isEmpty() || isCapitals(t)) {
			return !t.isEmpty();
		}
		return !t.endsWith(".") && Spaces.splitLength(t) <= 12 && !ActionShape.looksLikeAction(t);
	}

}
