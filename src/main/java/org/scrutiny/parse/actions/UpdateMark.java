package org.scrutiny.parse.actions;

import java.util.regex.Pattern;

/**
 * The mark that makes a listed action a report on an earlier one, not a new one: a status tagged on the item, or a
 * status line right below it. Minutes list the last meeting's actions in the same words they were raised in, and only
 * the status tells them apart.
 */
public final class UpdateMark {

	// matches: "Circulate final version of the terms of reference [closed]"   "... [ongoing for PMs]"
	// matches: "[NM], Create a discussion document for online events.- done"   "... eResNZ 2020 (done) and create a post"
	// matches: "D5 (Meetings): re-draft ... - deferred to 2021."
	private static final Pattern TAGGED = Pattern.compile("(?i)(?:\\[(?:closed|complete[d]?|done|ongoing|on-going|open|carried\\s+forward)\\b[^\\]]*\\]"
			+ "|\\s*[-\u2013]\\s*(?:done|complete[d]?|closed|deferred|ongoing)\\b[^.]{0,30}\\.?\\s*$)");

	// matches: "Complete."   "Not complete. However, Will Perrin has been commissioned..."   "Partially completed (see actions 2 and 3 above)."
	// matches: "Complete - Francis Davey accepted an invitation"
	private static final Pattern STATUS_LINE = Pattern.compile("(?i)^\\W*(?:not\\s+|partially\\s+|now\\s+)?(?:complete[d]?|done|closed|ongoing|on-going|"
			+ "in\\s+progress|outstanding|superseded)\\b\\s*(?:[.:;,(\u2013-]|$)");

	private UpdateMark() {
	}

	/** True when the item carries its own status ("[closed]", "- done"). */
	public static boolean tagged(String item) {
		return TAGGED.matcher(item).find();
	}

	/** True when the line is the status of the item above it ("Complete.", "Not complete. However, ..."). */
	public static boolean isStatusLine(String line) {
		return STATUS_LINE.matcher(line).find();
	}

}
