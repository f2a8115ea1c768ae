package org.scrutiny.model;

/**
 * Lines of the notes under a protective marking (OFFICIAL-SENSITIVE, RESTRICTED, CONFIDENTIAL, "not for
 * publication"): nothing from them may reach a public output or the logs.
 *
 * @param fromLine the first source line, or 0 when the marking covers the whole document
 * @param toLine the last source line
 * @param marking the marking as written
 */
public record MarkedPassage(int fromLine, int toLine, String marking) {

	public boolean isWholeDocument() {
		return fromLine == 0;
	}

	public boolean covers(int line) {
		return isWholeDocument() || line >= fromLine && line <= toLine;
	}

}
