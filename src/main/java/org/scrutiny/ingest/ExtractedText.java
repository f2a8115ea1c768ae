package org.scrutiny.ingest;

/**
 * The text a published document (a PDF, a Word file) shows, or why there is none: exactly one of the two is set.
 *
 * @param text the document's text, a line per printed line or paragraph
 * @param rejection why the document cannot be read ("image-only PDF: no text layer")
 * @param byOcr the text was read off the pages' images (a scan), not taken from the document
 */
record ExtractedText(String text, String rejection, boolean byOcr) {

	static ExtractedText of(String text) {
		return new ExtractedText(text, null, false);
	}

	static ExtractedText ocr(String text) {
		return new ExtractedText(text, null, true);
	}

	static ExtractedText rejected(String reason) {
		return new ExtractedText(null, reason, false);
	}

}
