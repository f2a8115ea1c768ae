package org.scrutiny.parse.updates;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.ActionStatus;
import org.scrutiny.parse.text.Spaces;

/**
 * Updates on the last meeting's actions written as paragraphs under a "Matters arising" heading, with no action named
 * and no status word: "SW has not yet had the chance to meet with the resilience group but would endeavour to do so
 * at the earliest opportunity." (Ayton Community Council, 201 in ../shared/real). Each paragraph is one report; which
 * action it reports on is the ledger's to find, by its words, among the body's earlier actions.
 */
public final class ProseReports {

	// matches: "Matters Arising from the minutes of the previous meeting"   "2. MATTERS ARISING AND CONTINUING ISSUES"
	// matches: "Item 2: Minutes of last meeting and Action Points Update"   (a heading over the last meeting's matters)
	// matches: "Items 2: Minutes of last meeting and Action Points Update"   (as Local Public Data Panel 105 misspells it)
	// matches: "18.11.4  Matters Arising"   (a minute numbered by year, month and item: Milburn Parish Council)
	// (not "HMIC INSPECTION PROGRAMME / MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB)": another body's matters)
	private static final Pattern HEADING = Pattern.compile("(?i)^\\W{0,3}(?:(?:items?\\s+)?\\d{1,2}(?:\\.\\d{1,2}){0,2}[.:)]?\\s+)?"
			+ "(?:minutes\\s+of\\s+(?:the\\s+)?(?:last|previous)\\s+meeting\\s+(?:and|&)\\s+)?(?:matters\\s+arising|action\\s+points?\\s+updates?)"
			+ "(?:\\s+(?:and|&)\\s+continuing\\s+issues|\\s+from\\s+(?:the\\s+)?(?:minutes\\s+of\\s+)?(?:the\\s+)?(?:last|previous)\\s+meeting)?\\W*$");

	// matches: "c) Lyceum"   "d) Police actions on 3 July at Govan underground"   "(b) Active Travel consultation"
	// (a lettered matter under the heading, which names what the paragraph below reports on)
	private static final Pattern LETTERED = Pattern.compile("^\\(?([a-h]|i{1,3}|iv|v)\\)\\s+([A-Z][^.!?]{2,100})$");

	// matches: "will" "would" "still" "continue" "awaiting" "in the coming weeks" "at a future meeting"
	// matches: "were therefore revisiting their paper"   "new road markings were now in hand"   (work under way)
	// (an update that says what is still to come leaves the action open: "she would seek to speak to them separately")
	private static final Pattern STILL_TO_COME = Pattern.compile("(?i)\\b(?:will|would|shall|should|yet|still|continu\\w*|await\\w*|"
			+ "revisiting|working\\s+on|in\\s+hand|"
			+ "on-?going|pending|in\\s+progress|to\\s+be|next\\s+meeting|future\\s+meeting|coming\\s+(?:weeks|months)|in\\s+due\\s+course|"
			+ "postponed|deferred)\\b");

	// matches: "It was reminded that the repairs to the seat on the village green is still to be carried out"
	// (Milburn Parish Council, 207 in ../shared/real: the earlier task restated, with its owners, as still to do)
	private static final Pattern REMINDER = Pattern.compile("(?i)\\breminded\\s+that\\b|\\b(?:is|are|was|were)\\s+(?:still|yet)\\s+to\\s+be\\s+"
			+ "(?:carried\\s+out|done|completed|actioned)\\b");

	/** A report is a paragraph: a line of this many words or more. */
	private static final int PARAGRAPH_WORDS = 8;

	/** And of at most this many characters: a longer run of text is damaged (a file with no line breaks), no report. */
	public static final int PARAGRAPH_CHARACTERS = 4_000;

	/** A heading names the next matter in a few words. */
	private static final int HEADING_WORDS = 10;

	// matches: "." "!" "?" ":" ";" "," at the end of a line   (a line that ends so is no heading)
	private static final Pattern ENDS_PUNCTUATED = Pattern.compile("[.!?:;,]\\s*$");

	private ProseReports() {
	}

	/** True when the line heads the updates on the last meeting's actions, written as prose. */
	public static boolean opens(String line) {
		return line.length() <= 120 && HEADING.matcher(line).matches();
	}

	/** The matter a lettered line under the heading names ("Lyceum" from "c) Lyceum"). */
	public static Optional<String> matter(String line) {
		Matcher m = LETTERED.matcher(line.strip());
		return m.matches() && Spaces.splitLength(m.group(2)) <= HEADING_WORDS ? Optional.of(m.group(2).strip()) : Optional.empty();
	}

	/** True when the line is a paragraph that may report on an action. */
	public static boolean isReport(String line) {
		return line.length() <= PARAGRAPH_CHARACTERS && Spaces.splitLength(line) >= PARAGRAPH_WORDS;
	}

	/** True when the line is the next heading ("Treasurer's Report"), which ends the updates: short, not a sentence. */
	public static boolean endsUpdates(String line) {
		String text = line.strip();
		return !text.isEmpty() && Spaces.splitLength(text) <= HEADING_WORDS && !ENDS_PUNCTUATED.matcher(text).find()
				&& matter(text).isEmpty();
	}

	/**
	 * True when the paragraph reminds the meeting of a task still to be done: the commitment in it ("Councillors are to
	 * check that they have the appropriate materials") is that earlier task restated, not a new one.
	 */
	public static boolean restatesEarlierTask(String paragraph) {
		return REMINDER.matcher(paragraph).find();
	}

	/** Open while the paragraph says something is still to come; closed when it only says what was done. */
	public static ActionStatus status(String paragraph) {
		return STILL_TO_COME.matcher(paragraph).find() ? ActionStatus.OPEN : ActionStatus.CLOSED;
	}

}
