package org.scrutiny.store;

/**
 * Updates written as prose that name no action ("Matters arising" paragraphs) and that the ledger linked to none of
 * their body's actions: never made actions of their own, they are listed beside the rejects, with their file and line,
 * for a person to read (issue 23: an update that cannot be linked is listed as such, never silently made a new action).
 * A paragraph of an agenda item that may have reported on an earlier action of the item (Meeting.itemParagraphs) and
 * did not is no update: it is not listed.
 */
public final class UnlinkedUpdates {

	/** What a row says, before the first words of the paragraph. */
	public static final String REASON = "an update on an earlier action that names none and matches none the ledger holds: ";

	/** How much of the paragraph a row quotes. */
	public static final int QUOTED = 120;

	/** The rows as rejects are read: source_file, line, reason, and the order within a file (position). */
	public static final String AS_REJECTS = """
			select a.source_file, a.source_line as line, '%s' || substring(a.update_text from 1 for %d) as reason,
			       a.ordinal as position
			from action a left join ledger_report r on r.action_id = a.action_id
			where a.text = '' and not a.item_paragraph and r.action_id is null""".formatted(REASON, QUOTED);

	private UnlinkedUpdates() {
	}

}
