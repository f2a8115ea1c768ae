package org.scrutiny.normalise;

import java.util.List;

/**
 * One line of cleaned notes. Tab-table rows keep their cells; HTML inside a cell has become several lines, each
 * still pointing at the source line it came from.
 *
 * @param sourceLine the 1-based line of the input file
 * @param cells the cells of the row, in order (a plain line has one)
 */
public record NoteLine(int sourceLine, List<String> cells) {

	public NoteLine {
		cells = List.copyOf(cells);
	}

	public static NoteLine of(int sourceLine, String... cells) {
		return new NoteLine(sourceLine, List.of(cells));
	}

	/** The cells joined by single spaces, blanks left out. */
	public String text() {
		return String.join(" ", cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
	}

	public boolean isBlank() {
		return cells.stream().allMatch(String::isBlank);
	}

}
