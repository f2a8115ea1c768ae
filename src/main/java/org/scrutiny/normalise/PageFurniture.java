package org.scrutiny.normalise;

import java.util.regex.Pattern;

/**
 * Lines a PDF repeats on every page, or draws as rules, that are not part of the notes.
 * <p>
 * A real protective marking such as OFFICIAL-SENSITIVE is never furniture: the parser needs to see it.
 */
final class PageFurniture {

	// matches: Page 6 of 7   Fage 5   page 12
	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)[a-z]?age\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?");

	// matches: Not Protectively Marked   OFFICIAL   UNCLASSIFIED
	private static final Pattern NO_MARKING = Pattern.compile("(?i)not\\s+protectively\\s+marked|official|unclassified");

	// matches: --	--	-----------------------   (a table rule drawn in dashes)
	private static final Pattern RULE = Pattern.compile("[-_=\\s]{2,}");

	// matches: Hallamby OPCC | Chief Constable's Accountability Meeting | 14/11/2023 Page 2 of 4   (a footer around a page number)
	private static final Pattern FOOTER = Pattern.compile("(?i).{0,120}\\bpage\\s+\\d{1,3}\\s+of\\s+\\d{1,3}\\W{0,3}");

	// matches: ## Monthly Assurance Meeting March 2018   (a markdown heading marker from the text dump)
	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");

	private PageFurniture() {
	}

	static boolean isFurniture(String line) {
		String text = line.strip();
		if (text.isEmpty()) {
			return false;
		}
		// each pattern only where the line starts as it must: "Not"/"Official"/"Unclassified", a dash or rule
		char first = Character.toLowerCase(text.charAt(0));
		if ((first == 'n' || first == 'o' || first == 'u') && NO_MARKING.matcher(text).matches()
				|| "-_=".indexOf(first) >= 0 && RULE.matcher(text).matches()) {
			return true;
		}
		// every page number and footer holds "age" and then a number ("Page 2", "Fage 5"): a line without one is spared
		// the footer's long scan
		return hasPageNumber(text) && (PAGE_NUMBER.matcher(text).matches() || FOOTER.matcher(text).matches());
	}

	/** True when the text holds "age" in any case, then white space and a digit, as every page number does. */
	private static boolean hasPageNumber(String text) {
		// from one "g" or "G" to the next: quicker than a pattern's scan or lower-casing the line
		for (int i = nextG(text, 1); i >= 0 && i + 1 < text.length(); i = nextG(text, i + 1)) {
			if (text.regionMatches(true, i - 1, "age", 0, 3) && isSpace(text, i + 2)) {
				int j = i + 2;
				while (isSpace(text, j)) {
					j++;
				}
				if (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
					return true;
				}
			}
		}
		return false;
	}

	/** True when the character at {@code i} is white space as the patterns' \s is. */
	private static boolean isSpace(String text, int i) {
		if (i >= text.length()) {
			return false;
		}
		char c = text.charAt(i);
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/** The first "g" or "G" at or after {@code from}, or -1. */
	private static int nextG(String text, int from) {
		int lower = text.indexOf('g', from);
		int upper = text.indexOf('G', from);
		return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
	}

	static boolean isPageNumber(String line) {
		return hasPageNumber(line) && PAGE_NUMBER.matcher(line.strip()).matches();
	}

	static String stripHeadingMarker(String line) {
		return line.startsWith("#") ? MARKDOWN_HEADING.matcher(line).replaceFirst("") : line;
	}

}
