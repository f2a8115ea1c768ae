package org.scrutiny.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's text as a reader meets it, for the report tests: in reading order, every run of white space one space.
 */
final class PdfText {

	// matches: the line breaks and spaces between and inside table cells
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private PdfText() {
	}

	static String of(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return WHITESPACE.matcher(new PDFTextStripper().getText(document)).replaceAll(" ");
		}
	}

	/** The text before the words, which must be there. */
	static String before(String text, String words) {
		int at = text.indexOf(words);
		assertThat(at).as("'%s' in the PDF", words).isNotNegative();
		return text.substring(0, at);
	}

	/** The text after the words, which must be there. */
	static String after(String text, String words) {
		int at = text.indexOf(words);
		assertThat(at).as("'%s' in the PDF", words).isNotNegative();
		return text.substring(at + words.length());
	}

}
