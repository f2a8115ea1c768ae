package org.scrutiny.job;

import java.io.PrintStream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line around the application: {@code --help} before anything starts, the exit code of a run, and a
 * process that stays up in schedule mode.
 */
public final class ScrutinyCommand {

	/** What {@link #run} returns when the process is to stay up (schedule mode) rather than exit. */
	public static final int STAY_UP = -1;

	private ScrutinyCommand() {
	}

	/**
	 * Runs the application once (or starts the schedule) and returns the exit code: 0 completed, 2 bad arguments, 3
	 * store held by another run, 4 failed; or {@link #STAY_UP}.
	 */
	public static int run(Class<?> application, PrintStream out, String... args) {
		if (Usage.asked(args)) {
			out.print(Usage.TEXT);
			out.flush();
			return ExitCode.COMPLETED.code;
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplication(application).run(args);
		}
		catch (RuntimeException failure) {
			// already logged on one line by StartFailures
			return StartFailures.exitCode(failure).code;
		}
		if (context.getBean(RunOutcome.class).staysUp()) {
			return STAY_UP;
		}
		return SpringApplication.exit(context);
	}

}
