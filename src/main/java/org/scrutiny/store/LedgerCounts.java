package org.scrutiny.store;

/**
 * What the ledger holds after a run, for the summary line, in a user's words.
 *
 * @param filesRead the files of the input folder the store has read, in any run
 * @param filesRefused those it could not use: not notes, a copy of another, or one that failed
 * @param meetings the meetings stored
 * @param linesNotRead the lines of stored notes that could not be read (rejects.csv has each)
 * @param actionsRaised the actions raised at the meetings
 * @param updates the updates recorded on actions raised at earlier meetings
 */
public record LedgerCounts(long filesRead, long filesRefused, long meetings, long linesNotRead, long actionsRaised,
		long updates) {

}
