package org.scrutiny.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Notes published as a PDF are read for the text they show, with PDFBox: page by page in reading order (by position
 * on the page, not the order the text was drawn), one line per printed line, a table's cells apart ({@link PdfLayout}),
 * pages apart as a text dump's form feed keeps them, so that the normaliser removes running headers and page numbers as it does for text dumps. A PDF with
 * no text layer (a scan), an encrypted or a damaged one gets a named reason instead.
 */
final class PdfDocument {

	static final String IMAGE_ONLY = "image-only PDF: no text layer (a scan); save it with its text, or OCR it first";

	static final String ENCRYPTED = "encrypted PDF: it needs a password to be read";

	static final String DAMAGED = "damaged PDF: it cannot be read (";

	/** "%PDF-" opens every PDF; some writers put a few bytes before it, which readers accept within the first kilobyte. */
	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final int MAGIC_WITHIN = 1024;


	private PdfDocument() {
	}

	/** Whether the bytes are a PDF, by their content rather than the file's name. */
	static boolean isPdf(byte[] bytes) {
		int last = Math.min(bytes.length, MAGIC_WITHIN) - MAGIC.length;
		for (int i = 0; i <= last; i++) {
			if (startsAt(bytes, i)) {
				return true;
			}
		}
		return false;
	}

	static ExtractedText text(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = PdfLayout.text(document);
			return text.isBlank() ? ExtractedText.rejected(IMAGE_ONLY) : ExtractedText.of(WrappedLines.joined(text));
		}
		catch (InvalidPasswordException ex) {
			return ExtractedText.rejected(ENCRYPTED);
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox throws runtime exceptions as well as IOException on some broken files
			return ExtractedText.rejected(DAMAGED + ex.getClass().getSimpleName() + ")");
		}
	}

	private static boolean startsAt(byte[] bytes, int at) {
		for (int j = 0; j < MAGIC.length; j++) {
			if (bytes[at + j] != MAGIC[j]) {
				return false;
			}
		}
		return true;
	}

}
