package org.scrutiny.ingest;

/**
 * The text a published document (a PDF, a Word file) shows, or why there is none: exactly one of the two is set.
 *
 * @param text the document's text, a line per printed line or paragraph
 * @param rejection why the document cannot be read ("image-only PDF: no text layer")
 */
record ExtractedText(String text, String rejection) {

	static ExtractedText of(String text) {
		return new ExtractedText(text, null);
	}

	static ExtractedText rejected(String reason) {
		return new ExtractedText(null, reason);
	}

}
