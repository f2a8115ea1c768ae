package org.scrutiny.parse;

/**
 * The version of the rules that read a file: taking its text out (a PDF's columns, a scan's OCR, a .doc), cleaning it
 * and parsing it. A stored file read by other rules is read again when it is next in the input folder, though its
 * bytes did not change, so that an upgrade reaches the meetings already stored (a .doc once refused is read; actions
 * gain the agenda item and the page they came from). Change it with any change to what those rules find.
 */
public final class ReadingRules {

	public static final String VERSION = "2026-12-08.1";

	private ReadingRules() {
	}

}
