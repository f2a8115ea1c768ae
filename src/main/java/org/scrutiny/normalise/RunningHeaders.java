package org.scrutiny.normalise;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header or footer a PDF prints at every page break ("Police Accountability Board – 12 March 2019" beside
 * "Page 2 of 3"), which would otherwise cut the sentence that runs across the break. A line counts as one only next
 * to a page number, and only when it is dated or stands at more than one page break, so that an agenda heading or a
 * table cell that happens to open or close a page stays.
 */
final class RunningHeaders {

	/** How many non-blank lines either side of a page number a running header may stand. */
	private static final int REACH = 2;

	/** Running headers are short titles, not sentences. */
	private static final int MAX_LENGTH = 100;

	// matches: 12 March 2019   March 2019   12/03/2019   (a date, as running headers carry)
	private static final Pattern DATED = Pattern.compile("(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
			+ "[a-z]*\\.?\\s+(?:19|20)\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)?\\d{2}\\b");

	private RunningHeaders() {
	}

	/** The indexes of the rows that are running headers. */
	static Set<Integer> find(List<String> texts) {
		Map<String, Set<Integer>> nearPageNumbers = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			if (!PageFurniture.isPageNumber(texts.get(i))) {
				continue;
			}
			for (int direction : new int[] { -1, 1 }) {
				int seen = 0;
				for (int j = i + direction; j >= 0 && j < texts.size() && seen < REACH; j += direction) {
					String t = texts.get(j).strip();
					if (t.isEmpty() || PageFurniture.isFurniture(t)) {
						continue;
					}
					seen++;
					if (isHeaderLike(t)) {
						nearPageNumbers.computeIfAbsent(t, k -> new HashSet<>()).add(j);
					}
				}
			}
		}
		// dated, or back at more than one page break: a cell value such as "New" beside one page number is neither
		Set<Integer> out = new HashSet<>();
		nearPageNumbers.forEach((text, rows) -> {
			if (DATED.matcher(text).find() || rows.size() > 1) {
				out.addAll(rows);
			}
		});
		return out;
	}

	private static boolean isHeaderLike(String text) {
		return text.length() <= MAX_LENGTH && !text.endsWith(".") && !Character.isLowerCase(text.codePointAt(0));
	}

}
