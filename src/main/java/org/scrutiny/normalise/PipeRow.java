package org.scrutiny.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table written with pipes in a plain text file, as wikis and Markdown editors export one: "| A-2023-09 | Chair to
 * write to the county council | Chair | March 2023 | Amber | Letter drafted |" is a row of cells, as a tab-separated
 * row is, and "|---|---|" under the header is no row at all.
 */
final class PipeRow {

	// matches: "| Ref | Action | Owner |"   "| A-2023-07 | Clerk to obtain three quotes | Clerk |"   (three cells or more)
	private static final Pattern ROW = Pattern.compile("^\\s*\\|(?:[^|]*\\|){3,}\\s*$");

	// matches: "|---|---|---|"   "| :--- | ---: |"   (the line under a pipe table's header)
	private static final Pattern RULE = Pattern.compile("^\\s*\\|(?:\\s*:?-{3,}:?\\s*\\|)+\\s*$");

	private PipeRow() {
	}

	static boolean isRow(String line) {
		return line.indexOf('|') >= 0 && ROW.matcher(line).matches();
	}

	/** The row's cells, or none for the rule under the header. */
	static List<String> cells(String line) {
		if (RULE.matcher(line).matches()) {
			return List.of("");
		}
		String inner = line.strip();
		inner = inner.substring(1, inner.length() - 1);
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

}
