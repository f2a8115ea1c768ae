package org.scrutiny.job;

/**
 * A command line that cannot be run, with a message that says what to change.
 */
class BadArgumentsException extends RuntimeException {

	BadArgumentsException(String message) {
		super(message);
	}

}
