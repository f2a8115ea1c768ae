package org.scrutiny.parse.actions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark that makes a listed action a report on an earlier one, not a new one: a status tagged on the item, or a
 * status line right below it. Minutes list the last meeting's actions in the same words they were raised in, and only
 * the status tells them apart.
 */
public final class UpdateMark {

	// matches: "Circulate final version of the terms of reference [closed]"   "... [ongoing for PMs]"
	// matches: "[NM], Create a discussion document for online events.- done"
	// matches: "D5 (Meetings): re-draft ... - deferred to 2021."   "... review [**ongoing for PMs**]"   (the tag in bold)
	// (group 1: the status in brackets, group 2: whom it stays with; group 3: the status after a dash)
	private static final Pattern TAGGED = Pattern.compile("(?i)(?:\\s*\\[\\s*(?:\\*{1,2}|_{1,2})?((?:closed|complete[d]?|done|ongoing|on-going|open|carried\\s+forward)\\b"
			+ "(?:\\s+for\\s+([^\\]]{1,80}?)|[^\\]*_]*?))\\s*(?:\\*{1,2}|_{1,2})?\\s*\\]"
			+ "|\\s*[-\u2013]\\s*((?:done|complete[d]?|closed|deferred|ongoing)\\b[^.]{0,30})\\.?\\s*$)");

	// matches: " (done)" in "[HP, NL] Gather content from Workshop and BoF at eResAus 2019 and eResNZ 2020 (done) and create a
	// post"   (the first part of the item is done, what follows "and" is still to do: RSE-AUNZ 306 in ../shared/real)
	private static final Pattern PART_DONE = Pattern.compile("(?i)\\s*\\((?:done|complete[d]?)\\)(?=\\s+and\\s+\\S)");

	/** What a part-done item's update says: part of it done, so the action stays open. */
	static final String PARTLY_DONE = "partly done";

	// matches: "- [x] " in "- [x] Rayna will create and distribute a document of names"   (a box ticked: done; the list
	// marker before it is kept) (Software Carpentry, 310 in ../shared/real)
	private static final Pattern CHECKED = Pattern.compile("^(\\s*(?:[-*\u2022]\\s*)?)\\[[xX\u2713\u2714]\\]\\s*(?=\\S)");

	/**
	 * An item marked as a report on an earlier action: its wording without the mark, the mark, whom the mark names,
	 * and whether the mark stood in brackets ("[closed]"), which no sentence of discussion ends with.
	 */
	public record Mark(String text, String update, String owner, boolean bracketed) {
	}

	// matches: "Complete."   "Not complete. However, Will Perrin has been commissioned..."   "Partially completed (see actions 2 and 3 above)."
	// matches: "Complete - Francis Davey accepted an invitation"
	// matches: "Not 	to be taken forward. Iain Bell agreed that this will be borne in 	mind..."   (dropped, so closed)
	private static final Pattern STATUS_LINE = Pattern.compile("(?i)^\\W*(?:(?:not\\s+|partially\\s+|now\\s+)?(?:complete[d]?|done|closed|ongoing|on-going|"
			+ "in\\s+progress|outstanding|superseded)|not\\s+to\\s+be\\s+taken\\s+forward)\\b\\s*(?:[.:;,(\u2013-]|$)");

	private UpdateMark() {
	}

	/**
	 * The item's wording and status when it carries one: "Set quarterly meetings [closed for Helen Jeffrey]" is the
	 * earlier action "Set quarterly meetings", closed, with Helen Jeffrey named; "... events.- done" is done.
	 */
	public static Optional<Mark> of(String item) {
		Matcher checked = CHECKED.matcher(item);
		if (checked.lookingAt()) {
			return Optional.of(new Mark((checked.group(1) + item.substring(checked.end())).strip(), "done", null, true));
		}
		Matcher part = PART_DONE.matcher(item);
		if (part.find()) {
			return Optional.of(new Mark((item.substring(0, part.start()) + item.substring(part.end())).strip(), PARTLY_DONE, null, true));
		}
		Matcher m = TAGGED.matcher(item);
		if (!m.find()) {
			return Optional.empty();
		}
		String update = (m.group(1) != null ? m.group(1) : m.group(3)).strip();
		String owner = m.group(2) == null ? null : m.group(2).strip();
		String text = (item.substring(0, m.start()) + item.substring(m.end())).strip();
		return Optional.of(new Mark(text, update, owner, m.group(1) != null));
	}

	/** True when the item carries its own status ("[closed]", "- done"). */
	public static boolean tagged(String item) {
		return CHECKED.matcher(item).lookingAt() || PART_DONE.matcher(item).find() || TAGGED.matcher(item).find();
	}

	/** True when the line is the status of the item above it ("Complete.", "Not complete. However, ..."). */
	public static boolean isStatusLine(String line) {
		return STATUS_LINE.matcher(line).find();
	}

}
