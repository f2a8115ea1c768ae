package org.scrutiny.report;

/**
 * How many rows a long list of a report prints at most ({@code scrutiny.report.max-rows}). A PDF is for reading; the
 * CSVs beside it are the complete record. So a list that grows with the store (the open-action log, the silent drops,
 * the actions without an owner, the rejects) stops at the cap and says how many more there are and which CSV has them
 * all; a list that belongs to the period (its meetings, the actions raised and the updates given in it) is always
 * printed whole.
 *
 * @param maxRows at least 1
 */
public record RowCap(int maxRows) {

	/**
	 * 200 rows, about twelve pages of the board pack's action log: more than one body's ledger holds for many years
	 * (the sample notes, two years of one body, leave 22 actions open), so a force's own reports are not cut, while a
	 * national store (11,301 open actions and 9,632 silent drops at 10,000 meetings) prints a board pack of 99 pages
	 * instead of 1,446 that nobody would read and a 512 MB heap could not hold.
	 */
	public static final int DEFAULT = 200;

	/** The Spring property that sets it. */
	public static final String PROPERTY = "scrutiny.report.max-rows";

	public RowCap {
		if (maxRows < 1) {
			throw new IllegalArgumentException(PROPERTY + " must be 1 or more, not " + maxRows);
		}
	}

	public static RowCap byDefault() {
		return new RowCap(DEFAULT);
	}

}
