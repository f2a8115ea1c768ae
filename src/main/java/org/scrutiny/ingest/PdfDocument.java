package org.scrutiny.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Notes published as a PDF are read for the text they show, with PDFBox: page by page in reading order (by position
 * on the page, not the order the text was drawn), one line per printed line, a table's cells apart ({@link PdfLayout}),
 * pages apart as a text dump's form feed keeps them, so that the normaliser removes running headers and page numbers as it does for text dumps. A PDF with
 * no text layer (a scan), an encrypted or a damaged one gets a named reason instead.
 */
final class PdfDocument {

	static final String IMAGE_ONLY = "image-only PDF: no text layer (a scan), and no OCR installed (tesseract-ocr); "
			+ "save it with its text, or install tesseract-ocr";

	static final String SCAN_TOO_LONG = "image-only PDF of %d pages: OCR reads scans of %d pages at most; save it with its text";

	static final String SCAN_WITHOUT_TEXT = "image-only PDF: OCR found no text on its pages";

	static final String OCR_FAILED = "image-only PDF: OCR could not read it (";

	/** OCR takes seconds a page: a longer scan is no meeting's notes, or would hold up the run. */
	static final int MAX_SCANNED_PAGES = 40;

	/** Scans are read at 300 dots per inch, as Tesseract reads best. */
	private static final float SCAN_DPI = 300;

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
		return text(bytes, PageOcr.installed());
	}

	/** The PDF's text; for a scan, read by the OCR given, or rejected by name where there is none. */
	static ExtractedText text(byte[] bytes, Optional<PageOcr> ocr) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = PdfLayout.text(document);
			if (!text.isBlank()) {
				return ExtractedText.of(WrappedLines.joined(text));
			}
			return ocr.isPresent() ? scanned(document, ocr.get()) : ExtractedText.rejected(IMAGE_ONLY);
		}
		catch (InvalidPasswordException ex) {
			return ExtractedText.rejected(ENCRYPTED);
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox throws runtime exceptions as well as IOException on some broken files
			return ExtractedText.rejected(DAMAGED + ex.getClass().getSimpleName() + ")");
		}
	}

	/** A scan's pages read by OCR, a page at a time, up to {@link #MAX_SCANNED_PAGES}. */
	private static ExtractedText scanned(PDDocument document, PageOcr ocr) {
		int pages = document.getNumberOfPages();
		if (pages > MAX_SCANNED_PAGES) {
			return ExtractedText.rejected(SCAN_TOO_LONG.formatted(pages, MAX_SCANNED_PAGES));
		}
		PDFRenderer renderer = new PDFRenderer(document);
		StringBuilder text = new StringBuilder();
		try {
			for (int page = 0; page < pages; page++) {
				text.append(ocr.read(renderer.renderImageWithDPI(page, SCAN_DPI, ImageType.GRAY))).append("\n\f");
			}
		}
		catch (IOException | RuntimeException ex) {
			return ExtractedText.rejected(OCR_FAILED + ex.getMessage() + ")");
		}
		return text.toString().isBlank() ? ExtractedText.rejected(SCAN_WITHOUT_TEXT) : ExtractedText.ocr(WrappedLines.joined(text.toString()));
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
