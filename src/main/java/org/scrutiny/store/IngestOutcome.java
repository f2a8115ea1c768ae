package org.scrutiny.store;

/**
 * What ingest made of one file.
 *
 * @param change whether the file is new, changed since an earlier run, or unchanged (and so left alone)
 * @param state the state the file is in now
 * @param reason why it was rejected or is a duplicate, or null
 */
public record IngestOutcome(Change change, DocumentState state, String reason) {

	public enum Change {

		NEW, CHANGED, UNCHANGED,
		/** Unchanged, but it failed last time, so it is read again (the program may have been fixed since). */
		RETRIED,
		/** Unchanged, but read by older reading rules, so it is read again by today's. */
		REREAD

	}

}
