package org.scrutiny.parse.actions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An owner and a due date written into an action's own line, or on the lines right after it: "Provide the number of
 * placements (DCC – next meeting)", "... Owner: Sarah Jones. Due: 30 June 2019", or "Owner: Simon Pike" then
 * "Due: 27 April 2021" below an "Action:" line.
 */
public final class ActionAttributes {

	// matches: " (PCC – November)"  " (ACC - February 2019)"  " (CC)"   (a bracket at the very end of the action)
	// matches: "Action: The views to be conveyed to Transparency Board [Nigel Shadbolt]"   (square brackets alike)
	private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*(?:\\(([^()]{1,80})\\)|\\[([^\\[\\]]{1,80})\\])\\s*[.;]?\\s*$");

	// matches: " – "  " - "  ", "   (between the owner and the due date inside such a bracket)
	private static final Pattern BRACKET_PARTS = Pattern.compile("\\s+[-\u2013\u2014]\\s+|,\\s*");

	// matches: "Owner: Sarah Jones"  "Lead: DCC"  "Action by: ACC Smith"  "Responsible: Head of Finance"
	static final Pattern OWNER_LABEL = Pattern.compile("(?i)(?:^|[.;]\\s*|\\s)(?:owner|lead(?:\\s+officer)?|responsible(?:\\s+officer)?|action\\s+by)\\s*:\\s*"
			+ "(.+?)(?=\\s*[.;]?\\s*(?:due|deadline|by\\s+when|target\\s+date|due\\s+date)\\s*:|[.;]?\\s*$)");

	// matches: "Due: 27 April 2021"  "Deadline: May 2021"  "Target date: next meeting"
	static final Pattern DUE_LABEL = Pattern.compile("(?i)(?:^|[.;]\\s*|\\s)(?:due(?:\\s+date)?|deadline|by\\s+when|target\\s+date)\\s*:\\s*(.+?)[.;]?\\s*$");

	// matches: "Memberships - JC - Reach out to Liam Holt regarding his membership application."
	// matches: "Incident reports - ??? - investigate damage to courtyard bench."   (a summary's "Topic - Owner - Task")
	private static final Pattern TOPIC_OWNER_TASK = Pattern.compile("^[^-–—]{2,60}?\\s+[-–—]\\s+([^-–—]{1,40}?)\\s+[-–—]\\s+(\\S.{6,})$");

	// matches: "Renae - follow up City of Stirling for Rates Exemption."   (an owner, a dash, the task)
	private static final Pattern OWNER_TASK = Pattern.compile("^([^-–—]{1,40}?)\\s+[-–—]\\s+(\\S.{6,})$");

	// matches: "???"  "TBC"  "tbd"   (an owner cell the notes left to be filled in: no one is named)
	private static final Pattern NO_ONE_YET = Pattern.compile("(?i)\\?+|tbc|tbd|tba");

	/** The action's wording without its attributes, and what they said (null where absent). */
	public record Split(String text, String owner, String due) {
	}

	private ActionAttributes() {
	}

	/**
	 * @param isOwner whether a bracket's first part names an owner: a bracket that does not ("(uplift)") stays text
	 */
	public static Split split(String text, java.util.function.Predicate<String> isOwner) {
		String rest = text;
		String owner = null;
		String due = null;
		// both labels end in a colon: a line without one is spared their scans
		boolean labelled = text.indexOf(':') >= 0;
		Matcher dueLabel = DUE_LABEL.matcher(rest);
		if (labelled && dueLabel.find()) {
			due = dueLabel.group(1).strip();
			rest = rest.substring(0, dueLabel.start()).strip();
		}
		Matcher ownerLabel = OWNER_LABEL.matcher(rest);
		if (labelled && ownerLabel.find()) {
			owner = ownerLabel.group(1).strip();
			rest = rest.substring(0, ownerLabel.start()).strip();
		}
		Matcher topic = TOPIC_OWNER_TASK.matcher(rest);
		if (owner == null && topic.matches() && (isOwner.test(topic.group(1)) || NO_ONE_YET.matcher(topic.group(1)).matches())) {
			owner = NO_ONE_YET.matcher(topic.group(1)).matches() ? null : topic.group(1).strip();
			rest = upperFirst(topic.group(2).strip());
		}
		Matcher lead = OWNER_TASK.matcher(rest);
		if (owner == null && lead.matches() && isOwner.test(lead.group(1))) {
			owner = lead.group(1).strip();
			rest = upperFirst(lead.group(2).strip());
		}
		Matcher bracket = TRAILING_BRACKET.matcher(rest);
		if (owner == null && bracket.find()) {
			String inside = bracket.group(1) != null ? bracket.group(1) : bracket.group(2);
			String[] parts = BRACKET_PARTS.split(inside.strip(), 2);
			if (isOwner.test(parts[0])) {
				owner = parts[0].strip();
				due = due == null && parts.length > 1 ? parts[1].strip() : due;
				rest = rest.substring(0, bracket.start()).strip();
			}
		}
		return new Split(rest, owner, due);
	}

	private static String upperFirst(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** An "Owner: ..." line on its own. */
	public static Optional<String> ownerLine(String line) {
		if (line.indexOf(':') < 0) {
			return Optional.empty();
		}
		Matcher m = OWNER_LABEL.matcher(line);
		return m.find() && m.start() == 0 ? Optional.of(m.group(1).strip()) : Optional.empty();
	}

	/** A "Due: ..." line on its own. */
	public static Optional<String> dueLine(String line) {
		if (line.indexOf(':') < 0) {
			return Optional.empty();
		}
		Matcher m = DUE_LABEL.matcher(line);
		return m.find() && m.start() == 0 ? Optional.of(m.group(1).strip()) : Optional.empty();
	}

}
