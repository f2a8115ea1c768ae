package org.scrutiny.job;

/**
 * The documented exit codes of a run.
 */
enum ExitCode {

	/** The job completed; rejects, if any, are in rejects.csv and the log. */
	COMPLETED(0),
	/** The command line could not be understood; nothing was run. */
	BAD_ARGUMENTS(2),
	/** Another run holds the store (the ledger database); nothing was run. */
	STORE_BUSY(3),
	/** The job failed; the same command again restarts it where it stopped. */
	FAILED(4);

	final int code;

	/** The code as documented, for the process's exit. */
	public int code() {
		return code;
	}

	ExitCode(int code) {
		this.code = code;
	}

}
