package org.scrutiny.normalise;

import java.util.List;
import java.util.Objects;

/**
 * One line of cleaned notes. Tab-table rows keep their cells; HTML inside a cell has become several lines, each
 * still pointing at the source line it came from.
 * <p>
 * A value class rather than a record only so that the joined text, which every rule of the parser reads, is worked
 * out once per line instead of on each call; equality, hash and string form are a record's.
 */
public final class NoteLine {

	private final int sourceLine;

	private final List<String> cells;

	private final String text;

	private final boolean blank;

	/**
	 * @param sourceLine the 1-based line of the input file
	 * @param cells the cells of the row, in order (a plain line has one)
	 */
	public NoteLine(int sourceLine, List<String> cells) {
		this.sourceLine = sourceLine;
		this.cells = List.copyOf(cells);
		this.text = joined(this.cells);
		this.blank = text.isEmpty();
	}

	public static NoteLine of(int sourceLine, String... cells) {
		return new NoteLine(sourceLine, List.of(cells));
	}

	/** The 1-based line of the input file. */
	public int sourceLine() {
		return sourceLine;
	}

	/** The cells of the row, in order (a plain line has one). */
	public List<String> cells() {
		return cells;
	}

	/** The cells joined by single spaces, blanks left out. */
	public String text() {
		return text;
	}

	public boolean isBlank() {
		return blank;
	}

	private static String joined(List<String> cells) {
		StringBuilder out = new StringBuilder();
		for (String cell : cells) {
			String c = cell.strip();
			if (!c.isEmpty()) {
				if (out.length() > 0) {
					out.append(' ');
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NoteLine line && sourceLine == line.sourceLine && cells.equals(line.cells);
	}

	@Override
	public int hashCode() {
		return Objects.hash(sourceLine, cells);
	}

	@Override
	public String toString() {
		return "NoteLine[sourceLine=" + sourceLine + ", cells=" + cells + "]";
	}

}
