package org.scrutiny.store;

/**
 * How the steps between ingest and store hand a file on: each reads the files in {@link #from} state from one column
 * of {@code source_document} and writes its result to the next column, moving the file to {@link #to} state in the
 * same transaction. The raw text and the parse result are cleared once the next stage has what it needs: the input
 * folder keeps the notes, and at national scale the three texts of every file made the store three times the size
 * and every lookup of a row slower. The normalised text stays, for topic scans with a changed taxonomy.
 */
public enum Stage {

	NORMALISE(DocumentState.INGESTED, "raw_text", "normalised_text", true, DocumentState.NORMALISED),

	PARSE(DocumentState.NORMALISED, "normalised_text", "parsed_json", false, DocumentState.PARSED),

	/** Reads the parse results; its writer is {@link JdbcMeetingStore}, which moves each file to STORED. */
	STORE(DocumentState.PARSED, "parsed_json", null, true, DocumentState.STORED);

	final DocumentState from;

	final String readColumn;

	final String writeColumn;

	/** Whether the column read is cleared when the file moves on. */
	final boolean clearsRead;

	final DocumentState to;

	Stage(DocumentState from, String readColumn, String writeColumn, boolean clearsRead, DocumentState to) {
		this.from = from;
		this.readColumn = readColumn;
		this.writeColumn = writeColumn;
		this.clearsRead = clearsRead;
		this.to = to;
	}

	/** The {@code set} clause that moves a file on, with parameters for the new state (and the result written). */
	String moveOn() {
		return (writeColumn == null ? "" : writeColumn + " = ?, ") + (clearsRead ? readColumn + " = null, " : "")
				+ "state = ?";
	}

}
