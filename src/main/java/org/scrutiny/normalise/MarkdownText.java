package org.scrutiny.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown as the lines a reader of the page sees, each at the line of the file it starts on: a heading ("## Present")
 * or a paragraph is one line, however the file wraps it; a list item is a line with its marker ("• Sarah Woodbury —
 * Chair", "2. MATTERS ARISING"); a table row is a row of tab-separated cells; a hard line break ("ISSUES\" at a line's
 * end) starts a new line. Emphasis, links and escapes are read as their text ("A**pologies**:" is "Apologies:",
 * "0\. Attendance" is "0. Attendance"). HTML blocks are passed on as they are written, for the HTML reading that
 * follows.
 */
final class MarkdownText {

	/** What a bullet list item's marker becomes, whatever the file wrote ("*", "-", "+"). */
	static final String BULLET = "\u2022 ";

	// matches: "<!-- -->" (an HTML comment standing alone, which the page does not show)
	private static final Pattern COMMENT = Pattern.compile("(?s)\\s*<!--.*?-->\\s*");

	private static final Parser PARSER = Parser.builder()
		.extensions(List.of(TablesExtension.create()))
		.includeSourceSpans(IncludeSourceSpans.BLOCKS)
		.build();

	private final int firstLine;

	private final List<SourceLine> out = new ArrayList<>();

	private MarkdownText(int firstLine) {
		this.firstLine = firstLine;
	}

	/**
	 * @param markdown the Markdown text
	 * @param firstLine the file's line (from 1) of the text's first line
	 */
	static List<SourceLine> lines(String markdown, int firstLine) {
		MarkdownText text = new MarkdownText(firstLine);
		text.blocks(PARSER.parse(markdown), "");
		return text.out;
	}

	/** Each block under a node, the first line of the first one prefixed (a list item's marker). */
	private void blocks(Node parent, String prefix) {
		String first = prefix;
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			block(child, first);
			first = "";
		}
	}

	private void block(Node node, String prefix) {
		if (node instanceof Heading || node instanceof Paragraph) {
			inline(node, prefix);
		}
		else if (node instanceof BulletList list) {
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				item(item, BULLET);
			}
		}
		else if (node instanceof OrderedList list) {
			int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
			String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				item(item, number++ + delimiter + " ");
			}
		}
		else if (node instanceof TableBlock table) {
			table(table);
		}
		else if (node instanceof HtmlBlock html && !COMMENT.matcher(html.getLiteral()).matches()) {
			literal(lineOf(html), html.getLiteral());
		}
		else if (node instanceof FencedCodeBlock code) {
			// the code starts on the line after its opening fence
			literal(lineOf(code) + 1, code.getLiteral());
		}
		else if (node instanceof IndentedCodeBlock code) {
			literal(lineOf(code), code.getLiteral());
		}
		else if (node instanceof BlockQuote) {
			blocks(node, prefix);
		}
		// a thematic break ("---") shows nothing
	}

	private void item(Node item, String marker) {
		if (item.getFirstChild() == null) {
			add(item, marker.strip());
			return;
		}
		blocks(item, marker);
	}

	private void table(TableBlock table) {
		for (TableRow row : rows(table)) {
			List<String> cells = new ArrayList<>();
			for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
				if (cell instanceof TableCell) {
					cells.add(inlineText(cell).replace('\t', ' ').strip());
				}
			}
			add(row, String.join("\t", cells));
		}
	}

	private static List<TableRow> rows(Node node) {
		List<TableRow> rows = new ArrayList<>();
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof TableRow row) {
				rows.add(row);
			}
			else {
				rows.addAll(rows(child));
			}
		}
		return rows;
	}

	/** A block's inline content as lines: one, unless hard line breaks split it. */
	private void inline(Node block, String prefix) {
		int line = lineOf(block);
		StringBuilder text = new StringBuilder(prefix);
		for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof HardLineBreak) {
				out.add(new SourceLine(line, text.toString().strip()));
				text.setLength(0);
				line++;
			}
			else {
				appendInline(child, text);
			}
		}
		if (!text.toString().isBlank()) {
			out.add(new SourceLine(line, text.toString().strip()));
		}
	}

	private static String inlineText(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			appendInline(child, text);
		}
		return text.toString();
	}

	private static void appendInline(Node node, StringBuilder text) {
		if (node instanceof Text t) {
			text.append(t.getLiteral());
		}
		else if (node instanceof Code code) {
			text.append(code.getLiteral());
		}
		else if (node instanceof HtmlInline html) {
			text.append(html.getLiteral());
		}
		else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
			text.append(' ');
		}
		else if (!(node instanceof Image)) {
			// emphasis, strong emphasis, links: their text
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				appendInline(child, text);
			}
		}
	}

	/** A block written as it is, a line of the file a line of the note. */
	private void literal(int firstLineOfBlock, String literal) {
		int line = firstLineOfBlock;
		for (String text : literal.split("\n", -1)) {
			if (!text.isBlank()) {
				out.add(new SourceLine(line, text));
			}
			line++;
		}
	}

	private void add(Node node, String text) {
		if (!text.isBlank()) {
			out.add(new SourceLine(lineOf(node), text));
		}
	}

	private int lineOf(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		return firstLine + (spans.isEmpty() ? 0 : spans.get(0).getLineIndex());
	}

}
