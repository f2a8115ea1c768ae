package org.scrutiny.store;

/**
 * How the steps between ingest and store hand a file on: each reads the files in {@link #from} state from one column
 * of {@code source_document} and writes its result to the next column, moving the file to {@link #to} state in the
 * same transaction.
 */
public enum Stage {

	NORMALISE(DocumentState.INGESTED, "raw_text", "normalised_text", DocumentState.NORMALISED),

	PARSE(DocumentState.NORMALISED, "normalised_text", "parsed_json", DocumentState.PARSED),

	/** Reads the parse results; its writer is {@link JdbcMeetingStore}, which moves each file to STORED. */
	STORE(DocumentState.PARSED, "parsed_json", null, DocumentState.STORED);

	final DocumentState from;

	final String readColumn;

	final String writeColumn;

	final DocumentState to;

	Stage(DocumentState from, String readColumn, String writeColumn, DocumentState to) {
		this.from = from;
		this.readColumn = readColumn;
		this.writeColumn = writeColumn;
		this.to = to;
	}

}
