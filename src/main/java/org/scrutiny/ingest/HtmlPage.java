package org.scrutiny.ingest;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Notes saved as a web page are read for their text (with jsoup), as the notes a browser shows: one line per
 * paragraph, heading, list item or table row, table cells separated by tabs as in the text exports; scripts, styles
 * and markup are dropped. Text that merely contains a few tags is left to the normaliser.
 */
final class HtmlPage {

	// matches: <!DOCTYPE html>   <html lang="en">   (at the very start, after blank space)
	private static final Pattern PAGE_START = Pattern.compile("(?is)^\\s*(?:<!doctype\\s+html|<html[\\s>])");

	// matches: the line breaks and runs of blanks inside a paragraph's source, which a browser shows as one space
	private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\r\\n]+");

	// matches: blanks at the end of a line, spaces at its start (markup between blocks), a third line end in a row
	private static final Pattern STRAY_BLANKS = Pattern.compile("[ \\t]+(?=\\n)|(?<=\\n) +|(?<=\\n\\n)\\n+");

	private static final Set<String> LINE_ELEMENTS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
			"h6", "table", "ul", "ol", "section", "article", "header", "footer", "title", "blockquote", "pre", "dt", "dd");

	private static final Set<String> CELL_ELEMENTS = Set.of("td", "th");

	private HtmlPage() {
	}

	/** Whether the text is a whole HTML page rather than notes. */
	static boolean isPage(String text) {
		return PAGE_START.matcher(text).find();
	}

	/** The text a browser would show, a line per block. */
	static String text(String html) {
		StringBuilder out = new StringBuilder(html.length() / 2);
		Jsoup.parse(html).traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text && !inPre(text)) {
					out.append(SOURCE_WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
				}
				else if (node instanceof TextNode text) {
					out.append(text.getWholeText());
				}
				else if (node instanceof Element element && CELL_ELEMENTS.contains(element.normalName())
						&& element.elementSiblingIndex() > 0) {
					out.append('\t');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && LINE_ELEMENTS.contains(element.normalName())) {
					out.append('\n');
				}
			}

		});
		return STRAY_BLANKS.matcher(out).replaceAll("").strip() + "\n";
	}

	private static boolean inPre(TextNode text) {
		for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
			if (parent instanceof Element element && element.normalName().equals("pre")) {
				return true;
			}
		}
		return false;
	}

}
