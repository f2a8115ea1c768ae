package org.scrutiny.job;

/**
 * Another run holds the store: this one is refused (exit code 3).
 */
class StoreBusyException extends RuntimeException {

	StoreBusyException(String message) {
		super(message);
	}

}
