package org.scrutiny.report;

/** Who a report is for: the board sees everything, flagged; the public sees nothing protectively marked. */
enum Audience {

	/** The PCC's board: every meeting and action, names, sources; marked material flagged "not for publication". */
	BOARD,
	/** Published: no marked meeting, action or mention; staff below chief officer rank by role, not name. */
	PUBLIC;

	boolean seesRestricted() {
		return this == BOARD;
	}

}
