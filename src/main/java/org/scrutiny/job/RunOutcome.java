package org.scrutiny.job;

import org.springframework.boot.ExitCodeGenerator;

/**
 * Carries the launcher's verdict to {@code SpringApplication.exit}, which makes it the process's exit code; or, in
 * schedule mode, says that the process stays up.
 */
class RunOutcome implements ExitCodeGenerator {

	private volatile ExitCode exitCode = ExitCode.COMPLETED;

	private volatile boolean stayUp;

	void set(ExitCode exitCode) {
		this.exitCode = exitCode;
	}

	ExitCode get() {
		return exitCode;
	}

	void stayUp() {
		this.stayUp = true;
	}

	boolean staysUp() {
		return stayUp;
	}

	@Override
	public int getExitCode() {
		return exitCode.code;
	}

}
