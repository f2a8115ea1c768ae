package org.scrutiny.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Notes saved as an OpenDocument text file (.odt, LibreOffice's own) are read for their text from the document's
 * content.xml, with jsoup's XML parser: a line per paragraph and heading, a table a line per row with its cells tab
 * apart, as a Word file is read ({@link WordDocument}).
 */
final class OdtDocument {

	static final String DAMAGED = "damaged OpenDocument file (.odt): it cannot be read (";

	/** The part of an OpenDocument package that holds its text. */
	static final String CONTENT = "content.xml";

	/** The media type an OpenDocument text package names in its "mimetype" entry. */
	static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

	private OdtDocument() {
	}

	static ExtractedText text(byte[] bytes) {
		try {
			byte[] content = entry(bytes, CONTENT);
			if (content == null) {
				return ExtractedText.rejected(DAMAGED + "no " + CONTENT + ")");
			}
			Document xml = Jsoup.parse(new String(content, StandardCharsets.UTF_8), "", Parser.xmlParser());
			Element body = xml.selectFirst("office|text");
			List<String> lines = new ArrayList<>();
			if (body != null) {
				body.children().forEach(block -> lines(block, lines));
			}
			return ExtractedText.of(String.join("\n", lines) + "\n");
		}
		catch (IOException | RuntimeException ex) {
			return ExtractedText.rejected(DAMAGED + ex.getClass().getSimpleName() + ")");
		}
	}

	/** Whether the zip is an OpenDocument text package: its "mimetype" entry says so. */
	static boolean isOdt(byte[] bytes) {
		try {
			byte[] type = entry(bytes, "mimetype");
			return type != null && new String(type, StandardCharsets.US_ASCII).strip().equals(MEDIA_TYPE);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The lines of one block of the body: a paragraph or heading is one, a list or section its blocks', a table its rows. */
	private static void lines(Element block, List<String> out) {
		switch (block.tagName()) {
			case "text:p", "text:h" -> out.add(inline(block));
			case "table:table" -> block.select("table|table-row").forEach(row -> out.add(String.join("\t",
					row.select("> table|table-cell").stream().map(OdtDocument::cell).toList())));
			default -> block.children().forEach(child -> lines(child, out));
		}
	}

	/** A cell's paragraphs, one line: joined by a space. */
	private static String cell(Element cell) {
		return String.join(" ", cell.select("text|p, text|h").stream().map(OdtDocument::inline).map(String::strip)
			.filter(t -> !t.isEmpty()).toList());
	}

	/** A paragraph's text: spans as their text, "text:s" as its spaces, "text:tab" as a tab, a line break as a space. */
	private static String inline(Element paragraph) {
		StringBuilder text = new StringBuilder();
		for (Node node : paragraph.childNodes()) {
			if (node instanceof TextNode t) {
				text.append(t.getWholeText());
			}
			else if (node instanceof Element e) {
				switch (e.tagName()) {
					case "text:s" -> text.append(" ".repeat(Math.max(1, parseCount(e.attr("text:c")))));
					case "text:tab" -> text.append('\t');
					case "text:line-break" -> text.append(' ');
					case "text:note" -> {
						// a footnote's text is not the paragraph's
					}
					default -> text.append(inline(e));
				}
			}
		}
		return text.toString();
	}

	private static int parseCount(String count) {
		try {
			return count.isEmpty() ? 1 : Integer.parseInt(count);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static byte[] entry(byte[] zipBytes, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return zip.readAllBytes();
				}
			}
			return null;
		}
	}

}
