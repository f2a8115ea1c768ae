package org.scrutiny.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Notes saved as a Word file (.docx) are read for their text with Apache POI: paragraphs and tables in the order of
 * the document, a line per paragraph, a table a line per row with its cells separated by tabs as in the text exports
 * (so an action log keeps each action, owner and due date on one row). An OpenDocument text (.odt) is read by
 * {@link OdtDocument}, an old binary .doc by {@link OldWordDocument}; a zip that is neither and a damaged file get a
 * named reason instead.
 */
final class WordDocument {

	static final String NOT_WORD = "a zip archive, not a Word or OpenDocument text document";

	static final String DAMAGED = "damaged Word document: it cannot be read (";


	/** Every zip starts "PK\3\4"; a .docx is a zip holding word/document.xml. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** The compound-file header of the old binary Office formats (.doc, .xls). */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	/** The part of a .docx that holds the document's text. */
	private static final String MAIN_PART = "word/document.xml";


	private WordDocument() {
	}

	/** Whether the bytes are a zip (a .docx, or a zip that is not one) or an old binary Office file. */
	static boolean isOfficeOrZip(byte[] bytes) {
		return startsWith(bytes, ZIP) || startsWith(bytes, OLE2);
	}

	/** Whether the bytes are an old binary Office file, which a Word 97-2003 document (.doc) is. */
	static boolean isOldWord(byte[] bytes) {
		return startsWith(bytes, OLE2);
	}

	static ExtractedText text(byte[] bytes) {
		if (isOldWord(bytes)) {
			return OldWordDocument.text(bytes);
		}
		if (OdtDocument.isOdt(bytes)) {
			return OdtDocument.text(bytes);
		}
		if (!holdsWordDocument(bytes)) {
			return ExtractedText.rejected(NOT_WORD);
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			StringBuilder out = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					out.append(paragraph.getText()).append('\n');
				}
				else if (element instanceof XWPFTable table) {
					table.getRows().forEach(row -> out.append(cells(row)).append('\n'));
				}
			}
			return ExtractedText.of(out.toString());
		}
		catch (NotOfficeXmlFileException ex) {
			return ExtractedText.rejected(NOT_WORD);
		}
		catch (IOException | RuntimeException ex) {
			// POI throws runtime exceptions (POIXMLException, invalid format) as well as IOException on broken files
			return ExtractedText.rejected(DAMAGED + ex.getClass().getSimpleName() + ")");
		}
	}

	/** A row's cells, tab apart; the paragraphs inside one cell joined by a space, as the row is one line. */
	private static String cells(XWPFTableRow row) {
		List<XWPFTableCell> cells = row.getTableCells();
		return cells.stream()
			.map(cell -> cell.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
				.filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")))
			.collect(Collectors.joining("\t"));
	}

	/**
	 * Whether the zip holds a Word document's main part, looked up before POI reads the whole package. A zip cut short
	 * may still list it: POI then finds the damage.
	 */
	private static boolean holdsWordDocument(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(MAIN_PART)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			// a zip broken before its main part: damaged rather than some other archive
			return true;
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
