package org.scrutiny.job;

import org.springframework.boot.ExitCodeGenerator;

/**
 * Carries the launcher's verdict to {@code SpringApplication.exit}, which makes it the process's exit code.
 */
class RunOutcome implements ExitCodeGenerator {

	private volatile ExitCode exitCode = ExitCode.COMPLETED;

	void set(ExitCode exitCode) {
		this.exitCode = exitCode;
	}

	ExitCode get() {
		return exitCode;
	}

	@Override
	public int getExitCode() {
		return exitCode.code;
	}

}
