package org.scrutiny.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Notes saved as a Word 97-2003 document (.doc), as parish and town councils still publish them, read with Apache
 * POI's HWPF: paragraphs in the order of the document, a table row a line with its cells apart by tabs (as for a
 * .docx), so an action log keeps each action with its owner. An encrypted or damaged .doc, or an Office 97-2003 file
 * that is no Word document (a spreadsheet), gets a named reason instead.
 */
final class OldWordDocument {

	static final String NOT_WORD = "an Office 97-2003 file that is no Word document (a spreadsheet or a presentation?)";

	static final String ENCRYPTED = "encrypted Word document (.doc): it needs a password to be read";

	static final String DAMAGED = "damaged Word document (.doc): it cannot be read (";

	// matches: the cell and row marks, fields' start/separator/end marks and other control characters Word keeps in the
	// text ("\u0007", "\u0013", "\r")
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

	private OldWordDocument() {
	}

	static ExtractedText text(byte[] bytes) {
		try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
			Range range = document.getRange();
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < range.numParagraphs(); i++) {
				Paragraph paragraph = range.getParagraph(i);
				if (paragraph.isInTable()) {
					Table table = range.getTable(paragraph);
					for (int r = 0; r < table.numRows(); r++) {
						lines.add(cells(table.getRow(r)));
					}
					i += table.numParagraphs() - 1;
				}
				else {
					lines.add(clean(paragraph.text()));
				}
			}
			return ExtractedText.of(String.join("\n", lines) + "\n");
		}
		catch (EncryptedDocumentException ex) {
			return ExtractedText.rejected(ENCRYPTED);
		}
		catch (IllegalArgumentException ex) {
			// HWPF finds no WordDocument stream in another Office 97-2003 file
			return ExtractedText.rejected(NOT_WORD);
		}
		catch (IOException | RuntimeException ex) {
			return ExtractedText.rejected(DAMAGED + ex.getClass().getSimpleName() + ")");
		}
	}

	/** A row's cells, tab apart; the paragraphs inside one cell joined by a space, as the row is one line. */
	private static String cells(TableRow row) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < row.numCells(); c++) {
			TableCell cell = row.getCell(c);
			List<String> paragraphs = new ArrayList<>();
			for (int p = 0; p < cell.numParagraphs(); p++) {
				String text = clean(cell.getParagraph(p).text());
				if (!text.isEmpty()) {
					paragraphs.add(text);
				}
			}
			cells.add(String.join(" ", paragraphs));
		}
		return String.join("\t", cells);
	}

	/** A paragraph's text without Word's field codes and marks. */
	private static String clean(String text) {
		return CONTROL.matcher(WordExtractor.stripFields(text)).replaceAll("").strip();
	}

}
