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
		// every page number and footer holds "age" ("Page", "Fage"): a line without it is spared the footer's long scan
		return containsAge(text) && (PAGE_NUMBER.matcher(text).matches() || FOOTER.matcher(text).matches());
	}

	/** True when the text holds "age" in any case, as every page number and footer does. */
	private static boolean containsAge(String text) {
		// from one "g" or "G" to the next: quicker than a pattern's scan or lower-casing the line
		for (int i = nextG(text, 1); i >= 0 && i + 1 < text.length(); i = nextG(text, i + 1)) {
			if (text.regionMatches(true, i - 1, "age", 0, 3)) {
				return true;
			}
		}
		return false;
	}

	/** The first "g" or "G" at or after {@code from}, or -1. */
	private static int nextG(String text, int from) {
		int lower = text.indexOf('g', from);
		int upper = text.indexOf('G', from);
		return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
	}

	static boolean isPageNumber(String line) {
		return containsAge(line) && PAGE_NUMBER.matcher(line.strip()).matches();
	}

	static String stripHeadingMarker(String line) {
		return line.startsWith("#") ? MARKDOWN_HEADING.matcher(line).replaceFirst("") : line;
	}

}
