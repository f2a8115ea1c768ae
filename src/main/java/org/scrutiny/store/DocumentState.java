package org.scrutiny.store;

import java.util.List;

/**
 * Where a file of the input folder stands in the ledger. Each step reads the files the previous one left in its state,
 * and moves each to the next state in the same transaction as its own writes, so a run cut short carries on where it
 * stopped.
 */
public enum DocumentState {

	/** Read and decoded by ingestStep: {@code raw_text} holds the text. */
	INGESTED,
	/** Cleaned by normaliseStep: {@code normalised_text} holds the lines, and the raw text is cleared. */
	NORMALISED,
	/** Read by parseStep: {@code parsed_json} holds the meeting or the reasons it could not be read. */
	PARSED,
	/** Written to the meeting, attendee, action and reject tables by storeStep; the parse result is cleared. */
	STORED,
	/** Not readable as text (empty, binary, a folder...): a reject row says why. */
	REJECTED,
	/** The same bytes as a file already in the ledger under another name: not counted twice. */
	DUPLICATE,
	/** A later step could not handle it: a reject row says why, and the next run tries it again. */
	FAILED,
	/**
	 * Its meeting was replaced by a revised version under another name (same body and date): the {@code replacement}
	 * table and a reject row say by which file.
	 */
	REPLACED;

	/**
	 * States of files whose content counts: a later file with the same checksum is a duplicate of these (a copy of a
	 * replaced version too, so that it cannot bring the older version back).
	 */
	static final List<String> ACCEPTED = List.of(INGESTED.name(), NORMALISED.name(), PARSED.name(), STORED.name(),
			REPLACED.name());

}
