package org.scrutiny.store;

import org.scrutiny.ingest.Checksums;

/**
 * Stable action ids: the first 16 hex digits of the SHA-256 of the source file name and the action's ordinal in the
 * notes. The same notes give the same ids on every run and every machine.
 */
public final class ActionIds {

	private ActionIds() {
	}

	public static String of(String sourceFile, int ordinal) {
		return Checksums.sha256(sourceFile + "#" + ordinal).substring(0, 16);
	}

}
