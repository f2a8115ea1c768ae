package org.scrutiny.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.actions.UpdateMark;

/**
 * A table of earlier actions and their progress that text extraction printed one cell a line: the two headers
 * stacked ("Action", "Progress"), then each action over its status ("Transparency Team to circulate the UK OGP
 * Action Plan to Senior Officials." over "Complete"). A column of progress, status or updates makes every row a report
 * on an earlier action, not a new one. The table ends at the first action with no status below it.
 */
public final class ProgressTable {

	/** One row: the earlier action as worded, and its status as reported. */
	public record Row(int sourceLine, String action, String update) {
	}

	/** The rows, and how many lines of the notes they took. */
	public record Read(List<Row> rows, int consumed) {
	}

	private ProgressTable() {
	}

	/** The stacked progress table starting at {@code from}, if one does. */
	public static Optional<Read> at(List<NoteLine> lines, int from) {
		int i = from;
		int second = next(lines, i + 1);
		if (second >= lines.size() || lines.get(i).isBlank() || !isHeader(lines.get(i), ActionTable.Column.ACTION) || !isProgressHeader(lines.get(second))) {
			return Optional.empty();
		}
		List<Row> rows = new ArrayList<>();
		int end = second + 1;
		while (true) {
			int action = next(lines, end);
			int status = next(lines, action + 1);
			if (status >= lines.size() || ActionTable.filled(lines.get(action).cells()) != 1
					|| !UpdateMark.isStatusLine(lines.get(status).text()) || UpdateMark.isStatusLine(lines.get(action).text())) {
				break;
			}
			rows.add(new Row(lines.get(action).sourceLine(), lines.get(action).text().strip(), lines.get(status).text().strip()));
			end = status + 1;
		}
		return rows.isEmpty() ? Optional.empty() : Optional.of(new Read(rows, end - from));
	}

	// "Status", "Progress", "Update", "RAG": the column that reports on what was done
	private static boolean isProgressHeader(NoteLine line) {
		return isHeader(line, ActionTable.Column.UPDATE) || isHeader(line, ActionTable.Column.STATUS);
	}

	private static boolean isHeader(NoteLine line, ActionTable.Column column) {
		return ActionTable.filled(line.cells()) == 1 && ActionTable.Column.of(line.text()).filter(column::equals).isPresent();
	}

	/** The first line at or after {@code i} with text on it. */
	private static int next(List<NoteLine> lines, int i) {
		int j = i;
		while (j < lines.size() && lines.get(j).isBlank()) {
			j++;
		}
		return j;
	}

}
