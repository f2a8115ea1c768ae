package org.scrutiny.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A text dump of notes typeset as the PDF it was taken from: each tab-separated row a table row, its cells in columns
 * (number, item, owner), a cell too long for its column wrapped onto the lines below it, as offices' action logs print.
 */
public final class TypesetNotes {

	/** Where each column starts, in points from the page's left edge, and how wide it is. */
	private static final float[] COLUMN_X = { 40, 130, 440 };

	private static final float[] COLUMN_WIDTH = { 80, 300, 115 };

	/** A line that is no table row spans the page. */
	private static final float FULL_WIDTH = 520;

	private static final float FONT_SIZE = 7;

	private static final float LEADING = 9;

	private static final float TOP = 800;

	private static final float BOTTOM = 50;

	private TypesetNotes() {
	}

	/** The dump typed into Word: a paragraph a line, its tabs as tabs ({@link WordDocumentTests#docx}). */
	public static byte[] docx(String dump) {
		try {
			return WordDocumentTests.docx(dump.lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The dump's pages ("\f" apart) as PDF pages, with a font that holds every character of the notes. */
	public static byte[] pdf(String dump) {
		try (PDDocument document = new PDDocument();
				InputStream dejaVu = TypesetNotes.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
			PDFont font = PDType0Font.load(document, dejaVu);
			for (String pageText : dump.split("\f")) {
				typesetPage(document, font, pageText);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void typesetPage(PDDocument document, PDFont font, String pageText) throws IOException {
		PDPageContentStream content = newPage(document);
		float y = TOP;
		for (String line : pageText.split("\n", -1)) {
			String[] cells = line.split("\t", -1);
			List<List<String>> wrapped = new ArrayList<>();
			int height = 1;
			for (int i = 0; i < cells.length; i++) {
				float width = cells.length == 1 ? FULL_WIDTH : COLUMN_WIDTH[Math.min(i, COLUMN_WIDTH.length - 1)];
				List<String> lines = wrap(font, cells[i].strip(), width);
				wrapped.add(lines);
				height = Math.max(height, lines.size());
			}
			if (y - height * LEADING < BOTTOM) {
				content.close();
				content = newPage(document);
				y = TOP;
			}
			for (int i = 0; i < wrapped.size(); i++) {
				float x = COLUMN_X[Math.min(i, COLUMN_X.length - 1)];
				for (int j = 0; j < wrapped.get(i).size(); j++) {
					content.beginText();
					content.setFont(font, FONT_SIZE);
					content.newLineAtOffset(x, y - j * LEADING);
					content.showText(wrapped.get(i).get(j));
					content.endText();
				}
			}
			y -= height * LEADING;
		}
		content.close();
	}

	private static PDPageContentStream newPage(PDDocument document) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		return new PDPageContentStream(document, page);
	}

	/** The text in lines no wider than the width, broken between words. */
	private static List<String> wrap(PDFont font, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" +")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * FONT_SIZE > width) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
			else {
				line.setLength(0);
				line.append(longer);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
