package org.scrutiny.job;

import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Turns a failure to start (the store locked, the database unreachable, a broken configuration, a setting out of
 * range) into one readable log line and an exit code, instead of Spring Boot's stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
class StartFailures implements SpringBootExceptionReporter {

	/** What HSQLDB says when another process holds its {@code .lck} file (after waiting about ten seconds). */
	static final String HSQLDB_LOCK_FAILURE = "lock acquisition failure";

	// matches: a line break and the blanks around it, in a message of several lines
	private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

	private static final Logger log = LoggerFactory.getLogger(StartFailures.class);

	@Override
	public boolean reportException(Throwable failure) {
		if (exitCode(failure) == ExitCode.STORE_BUSY) {
			log.error("Scrutiny did not run: {}", busyMessage(failure));
		}
		else if (exitCode(failure) == ExitCode.BAD_ARGUMENTS) {
			log.error("Bad arguments: {}", badArguments(failure).getMessage());
		}
		else {
			log.error("Scrutiny could not start: {}", rootMessage(failure));
		}
		return true;
	}

	static ExitCode exitCode(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof StoreBusyException || String.valueOf(cause.getMessage())
				.toLowerCase(Locale.ROOT)
				.contains(HSQLDB_LOCK_FAILURE)) {
				return ExitCode.STORE_BUSY;
			}
		}
		return badArguments(failure) != null ? ExitCode.BAD_ARGUMENTS : ExitCode.FAILED;
	}

	/** A setting read at start that cannot be used (scrutiny.report.max-rows=0), or null. */
	private static BadArgumentsException badArguments(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof BadArgumentsException bad) {
				return bad;
			}
		}
		return null;
	}

	private static String busyMessage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof StoreBusyException) {
				return cause.getMessage();
			}
		}
		return "another run holds the store (" + rootMessage(failure) + "); nothing was run. Try again when it has"
				+ " finished";
	}

	/** The innermost cause, as "Class: message" on one line. */
	static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? "" : ": " + LINE_BREAK.matcher(cause.getMessage().strip()).replaceAll(" ");
		return cause.getClass().getSimpleName() + message;
	}

}
