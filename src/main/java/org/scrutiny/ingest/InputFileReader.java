package org.scrutiny.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scrutiny.ingest.CharsetDetector.DecodedText;

/**
 * Reads one entry of the input folder: checksum, size, charset and text, or the reason it cannot be used. Never throws
 * for a bad file: a folder, an unreadable, empty, binary or oversized file becomes a rejected {@link InputFile} and the
 * run goes on. A whole HTML page is read for the text it shows ({@link HtmlPage}), a PDF for the text its pages show
 * ({@link PdfDocument}), a Word or OpenDocument file for its paragraphs and table rows ({@link WordDocument}).
 */
public final class InputFileReader {

	static final String FOLDER = "a folder, not a file";

	static final String NOT_A_FILE = "not a regular file";

	static final String UNREADABLE = "cannot be read: ";

	static final String EMPTY = "empty file";

	static final String BLANK = "no text: the file holds only blank space";

	static final String NUL_BYTES = "binary file, not text: it contains NUL bytes";

	static final String CONTROL_CHARACTERS = "binary file, not text: mostly control characters";

	static final String EMPTY_PAGE = "an HTML page with no text";

	static final String TOO_LARGE = "too large to be meeting notes: ";

	/** The charset recorded for a PDF, whose text PDFBox decodes from the fonts' own encodings. */
	static final String PDF = "PDF";

	/** A scanned PDF, read by OCR. */
	static final String PDF_OCR = "PDF (OCR)";

	/** The charset recorded for a Word file, whose text is XML in UTF-8 or UTF-16. */
	static final String WORD = "DOCX";

	/** The charset recorded for an OpenDocument text, whose text is XML in UTF-8. */
	static final String ODT = "ODT";

	/** A Word 97-2003 document (.doc). */
	static final String OLD_WORD = "DOC";

	/**
	 * The largest file read: meeting notes run to tens of kilobytes, so anything over this is not notes, and it is
	 * rejected from its size alone, before it is read into memory.
	 */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** A file whose characters are more than this share control characters is taken for binary. */
	private static final double MAX_CONTROL_SHARE = 0.25;

	public InputFile read(Path path) {
		String name = path.getFileName().toString();
		if (Files.isDirectory(path)) {
			return InputFile.rejected(name, null, 0, FOLDER);
		}
		if (!Files.isRegularFile(path)) {
			return InputFile.rejected(name, null, 0, NOT_A_FILE);
		}
		byte[] bytes;
		try {
			long size = Files.size(path);
			if (size > MAX_BYTES) {
				return InputFile.rejected(name, Checksums.sha256(path), size,
						TOO_LARGE + size + " bytes, over the limit of " + MAX_BYTES + " bytes");
			}
			bytes = Files.readAllBytes(path);
		}
		catch (AccessDeniedException ex) {
			return InputFile.rejected(name, null, 0, UNREADABLE + "permission denied");
		}
		catch (IOException ex) {
			return InputFile.rejected(name, null, 0, UNREADABLE + ex.getClass().getSimpleName());
		}
		return decode(name, bytes);
	}

	static InputFile decode(String name, byte[] bytes) {
		String checksum = Checksums.sha256(bytes);
		if (bytes.length == 0) {
			return InputFile.rejected(name, checksum, 0, EMPTY);
		}
		if (PdfDocument.isPdf(bytes)) {
			return document(name, checksum, bytes.length, PDF, PdfDocument.text(bytes));
		}
		if (WordDocument.isOfficeOrZip(bytes)) {
			String kind = WordDocument.isOldWord(bytes) ? OLD_WORD : OdtDocument.isOdt(bytes) ? ODT : WORD;
			return document(name, checksum, bytes.length, kind, WordDocument.text(bytes));
		}
		DecodedText decoded = CharsetDetector.decode(bytes);
		String text = decoded.text();
		if (text.indexOf('\0') >= 0) {
			return InputFile.rejected(name, checksum, bytes.length, NUL_BYTES);
		}
		if (controlShare(text) > MAX_CONTROL_SHARE) {
			return InputFile.rejected(name, checksum, bytes.length, CONTROL_CHARACTERS);
		}
		if (text.isBlank()) {
			return InputFile.rejected(name, checksum, bytes.length, BLANK);
		}
		if (HtmlPage.isPage(text)) {
			text = HtmlPage.text(text);
			if (text.isBlank()) {
				return InputFile.rejected(name, checksum, bytes.length, EMPTY_PAGE);
			}
		}
		return InputFile.readable(name, checksum, bytes.length, decoded.charset().name(), text);
	}

	/** A published document as read: its text, or why it has none (a document that shows no text has none). */
	private static InputFile document(String name, String checksum, long size, String kind, ExtractedText read) {
		if (read.rejection() != null) {
			return InputFile.rejected(name, checksum, size, read.rejection());
		}
		return read.text().isBlank() ? InputFile.rejected(name, checksum, size, BLANK)
				: InputFile.readable(name, checksum, size, read.byOcr() ? PDF_OCR : kind, read.text());
	}

	/** Control characters other than tab, line feed, form feed and carriage return, and undecodable bytes. */
	private static double controlShare(String text) {
		long control = text.chars()
			.filter(c -> (Character.isISOControl(c) && "\t\n\f\r".indexOf(c) < 0) || c == '\uFFFD')
			.count();
		return (double) control / text.length();
	}

}
