package org.scrutiny.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a table cell that holds HTML (as PDF-to-text tools leave it) into plain lines: each paragraph and list item
 * its own line, tags out, entities decoded.
 */
final class HtmlFragments {

	// matches: <ul> <li>The PCC asked ...</li>   <p><b>2.</b></p>   <b>Actions arising:</b>
	private static final Pattern HTML_TAG = Pattern
		.compile("(?i)</?(?:p|ul|ol|li|b|u|i|em|strong|span|div|br|h[1-6]|table|tr|td|th|font|sup|sub)\\b[^>]*>");

	// matches: &amp;  &#8217;  &nbsp;
	private static final Pattern HTML_ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,6}|#x[0-9a-fA-F]{1,5});");

	// matches: "  "   "\u00a0"   "\r"   (runs of spaces, non-breaking ones and stray returns, in a line of HTML text)
	private static final Pattern SPACE_RUN = Pattern.compile("[ \\u00a0\\r\\f]+");

	// matches: " \t"   "\t "   (a space beside a cell's tab)
	private static final Pattern SPACED_TAB = Pattern.compile(" ?\t ?");

	// matches: "\t\t" at the end of a row of cells   (empty cells at the end of an HTML table row)
	private static final Pattern TRAILING_TABS = Pattern.compile("\t+$");

	private static final Set<String> BLOCKS = Set.of("p", "li", "ul", "ol", "div", "br", "h1", "h2", "h3", "h4", "h5",
			"h6", "table", "tr");

	/** Table cells: each ends with a tab, so that a table row becomes a row of cells as a text table would be. */
	private static final Set<String> CELLS = Set.of("td", "th");

	private HtmlFragments() {
	}

	static boolean containsHtml(String cell) {
		// a tag needs its "<": most cells have none and are spared the scan
		return cell.indexOf('<') >= 0 && HTML_TAG.matcher(cell).find();
	}

	/** The cell's text as lines; a cell with no HTML is one line, with any entities decoded. A line of an HTML table
	 * holds its cells separated by tabs. */
	static List<String> toLines(String cell) {
		if (!containsHtml(cell)) {
			boolean entities = cell.indexOf('&') >= 0 && HTML_ENTITY.matcher(cell).find();
			return List.of(entities ? Parser.unescapeEntities(cell, false) : cell);
		}
		StringBuilder text = new StringBuilder();
		Jsoup.parseBodyFragment(cell).body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText());
				}
				else if (isBlock(node)) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (isBlock(node)) {
					text.append('\n');
				}
				else if (node instanceof Element element && CELLS.contains(element.normalName())) {
					text.append('\t');
				}
				else if (endsBoldSentence(node)) {
					text.append('\n');
				}
			}
		});
		List<String> lines = new ArrayList<>();
		for (String line : text.toString().split("\n")) {
			String clean = SPACE_RUN.matcher(line).replaceAll(" ");
			clean = TRAILING_TABS.matcher(SPACED_TAB.matcher(clean).replaceAll("\t")).replaceAll("").strip();
			if (!clean.isEmpty()) {
				lines.add(clean);
			}
		}
		return lines;
	}

	/** Emphasis: a run set in bold. */
	private static final Set<String> BOLD = Set.of("b", "strong");

	// matches: "Action: Janet to put together sub-group to consider additional help to LAs."   (a sentence, three words
	// or more, ending in a full stop; not "2.", an agenda number set in bold)
	private static final Pattern BOLD_SENTENCE = Pattern.compile("\\S+\\s+\\S+\\s+.*\\.$");

	/**
	 * A sentence set in bold with the text after it run on with no space ("...into contracts.</strong>On Arms Length
	 * Bodies", Local Public Data Panel, 105 in ../shared/real): the bold was the break, and it ends its line, so that an
	 * "Action:" written so is the bold sentence alone.
	 */
	private static boolean endsBoldSentence(Node node) {
		if (!(node instanceof Element element) || !BOLD.contains(element.normalName())
				|| !(element.nextSibling() instanceof TextNode next) || next.getWholeText().isEmpty()
				|| Character.isWhitespace(next.getWholeText().charAt(0))) {
			return false;
		}
		return BOLD_SENTENCE.matcher(element.text().strip()).matches();
	}

	private static boolean isBlock(Node node) {
		return node instanceof Element element && BLOCKS.contains(element.normalName());
	}

}
