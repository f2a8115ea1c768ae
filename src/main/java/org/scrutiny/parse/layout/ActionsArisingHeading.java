package org.scrutiny.parse.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.scrutiny.parse.text.Keyword;

/**
 * The heading that opens a list of actions raised ("Actions arising:", with the damage OCR does to it), and the
 * single inline action line of numbered minutes ("Action: DCC to circulate the revised policy").
 */
public final class ActionsArisingHeading {

	/**
	 * Where a heading may start: the line's start (after a bullet or number) or after a sentence ends. (After a
	 * sentence, a heading's first letter is looked for before the look-behind: every heading below starts with a, n
	 * or d, and the letter spares the look-behind at every other place.)
	 */
	private static final String START = "(?:^\\W{0,3}(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]?\\s+|\\d{1,2}[.)])?|(?=[and])(?<=[.:;!?]\\s{1,3}))";

	// matches: Actions arising:   Ac etions arising:   Ac tions arising   Actions agreed   New actions:   New Actions   Actions
	// matches: Action items   Action points:   Action Summary   Summary of actions
	// (a bare singular "ACTION" is the owner column's header, not a heading)
	private static final Pattern LIST = Pattern.compile("(?i)" + START + "(?:(?:new\\s+)?a\\s?c\\s?e?\\s?tions?\\s+"
			+ "(?:arising|agreed|raised)\\b\\s*:?|new\\s+actions?\\s*(?::|$)|actions\\s*:?\\s*$|action\\s+(?:items?|points?|summary)\\s*:?\\s*$|summary\\s+of\\s+actions\\s*:?\\s*$|decisions\\s+and\\s+actions\\s*:?\\s*$)");

	// matches: "Action:" alone on its line, over the bullets it labels   (Senior Officials' Group, 108 in ../shared/real:
	// "Action:" then "- Senior Officials to share draft Open Data Strategies ..." and "- Common themes ... to be discussed")
	private static final Pattern LABEL_ALONE = Pattern.compile("(?i)^\\W{0,3}actions?\\s*:[*_\\s]*$");

	/** One of these is in every list heading: "arising", "agreed" or "raised" after the word, or "action" itself. */
	private static final List<Keyword> LIST_WORDS = Stream.of("arising", "agreed", "raised", "action")
		.map(Keyword::of)
		.toList();

	/** In every heading ("action", "actions", "Ac etions"). */
	private static final Keyword TION = Keyword.of("tion");

	/** In every single action line. */
	private static final Keyword ACTION = Keyword.of("action");

	// matches: Action: DCC to circulate the revised policy   ACTION 07/19 – CD to report   3.4 ACTION: The DCC to...
	// matches: Agreed action (AP/23/58): The DCC will provide...
	// matches: ACTION 5.2 Review the settings for projects currently in Contrib/Official and propose changes (SP & CJ)
	private static final Pattern SINGLE = Pattern.compile("(?i)" + START + "(?:agreed\\s+|new\\s+)?action(?:\\s+(?:no\\.?\\s*)?"
			+ "[A-Z]{0,4}\\d{1,4}(?:[/.-]\\d{1,4})*)?(?:\\s*\\([A-Z]{0,5}[/.-]?\\d{1,4}(?:[/.-]\\d{1,4})*\\))?\\s*(?::|\\s[-\u2013]\\s|(?<=\\d\\.\\d{1,4})\\s+(?=[A-Z][a-z]))\\s*(?=\\S)");

	// matches: New Actions   New actions:   3. New actions agreed
	private static final Pattern NEW_ACTIONS = Pattern.compile("(?i)" + START + "new\\s+actions?\\b");

	// matches: There were no actions arising.   ere were no actions arising.   None   There were none   Nil
	private static final Pattern NONE = Pattern.compile("(?i)^\\W*(?:(?:\\w{1,5}\\s+){0,2}were\\s+no\\s+actions?(?:\\s+arising)?|"
			+ "(?:there\\s+were\\s+)?none|nil|no\\s+(?:new\\s+)?actions?(?:\\s+arising)?|n/a)\\b");

	public enum Kind {

		/** Opens a list; the remainder, if any, is its first item. */
		LIST,
		/** One action, whose text is the remainder. */
		SINGLE

	}

	public record Heading(Kind kind, String remainder) {
	}

	private ActionsArisingHeading() {
	}

	public static Optional<Heading> match(String line) {
		// each pattern is tried only on a line with a word it cannot match without: most lines are spared all three
		if (!TION.in(line)) {
			// "action", "actions", "Ac etions": every heading has it
			return Optional.empty();
		}
		if (BroughtForwardHeading.match(line, null).isPresent()) {
			return Optional.empty();
		}
		if (LABEL_ALONE.matcher(line).matches()) {
			return Optional.of(new Heading(Kind.LIST, ""));
		}
		boolean afterSentences = hasSentenceEnd(line);
		Matcher single = SINGLE.matcher(line);
		if (ACTION.in(line) && found(single, afterSentences)) {
			return Optional.of(new Heading(Kind.SINGLE, line.substring(single.end()).strip()));
		}
		Matcher list = LIST.matcher(line);
		if (Keyword.anyIn(line, LIST_WORDS) && found(list, afterSentences)) {
			return Optional.of(new Heading(Kind.LIST, line.substring(list.end()).strip()));
		}
		return Optional.empty();
	}

	/**
	 * A heading (see {@link #START}) is found at the line's start, or after the end of a sentence in it: a line with no
	 * sentence's end in it is tried at its start only, as the patterns would find nothing further on.
	 */
	private static boolean found(Matcher heading, boolean afterSentences) {
		return afterSentences ? heading.find() : heading.lookingAt();
	}

	/** True when one of . : ; ! ? stands before white space, as a sentence ends. */
	private static boolean hasSentenceEnd(String line) {
		for (int i = 0; i + 1 < line.length(); i++) {
			if (".:;!?".indexOf(line.charAt(i)) >= 0 && isSpace(line.charAt(i + 1))) {
				return true;
			}
		}
		return false;
	}

	/** \s: space, tab, line feed, vertical tab (0x0B), form feed, return. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/**
	 * A heading that sets the new actions apart from the earlier ones reported on above it ("New Actions"): the
	 * review of the last meeting's actions ends there. ("Actions arising:" does not: police notes raise actions
	 * inside their review of the last meeting's.)
	 */
	public static boolean namesNewActions(String text) {
		return NEW_ACTIONS.matcher(text).lookingAt();
	}

	/** True for "There were no actions arising.", "None" and their damaged forms. */
	public static boolean isNone(String text) {
		return NONE.matcher(text.strip()).lookingAt();
	}

}
