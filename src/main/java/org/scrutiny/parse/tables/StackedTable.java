package org.scrutiny.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.scrutiny.normalise.NoteLine;
import org.scrutiny.normalise.OwnerCellShape;
import org.scrutiny.parse.layout.SectionHeading;
import org.scrutiny.parse.owners.OwnerColumnResolver;
import org.scrutiny.parse.text.DateFragments;

/**
 * An action log whose cells text extraction printed one per line: the header words stacked ("Ref", "Raised",
 * "Action", "Owner", "Due", "Status"), then each row's cells, a wrapped cell over several lines. Rows start at a
 * line shaped like the first column (a reference such as "PAB/22/027", or a date); the lines of a row are shared out
 * over the columns by their shape. The result is the table as tab rows, for {@link ActionTable} to read.
 */
public final class StackedTable {

	// matches: PAB/22/027   11/19   A12   SPCB-19-03   7.   (an action's reference)
	private static final Pattern REFERENCE = Pattern.compile("(?:[A-Z]{1,6}[-/])?\\d{1,3}(?:[-/]\\d{1,4}){0,2}\\.?|[A-Z]{1,3}\\d{1,4}");

	// matches: 10/08/2022   Oct-22   October 2022   12 October 2022   Next meeting   ASAP   (a date cell)
	private static final Pattern DATE = Pattern.compile("(?i)\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|" + DateFragments.MONTH + "[-\\s](?:\\d{2}|"
			+ DateFragments.YEAR + ")|(?:" + DateFragments.DAY + "\\s+)?" + DateFragments.MONTH + "(?:\\s+" + DateFragments.YEAR
			+ ")?|next\\s+meeting|asap|tbc|ongoing");

	/** A table needs at least an action, an owner and one more column. */
	private static final int MIN_COLUMNS = 3;

	/** The table as tab rows, and how many lines of the notes it took. */
	public record Read(List<NoteLine> rows, int consumed) {
	}

	private StackedTable() {
	}

	/** The stacked table starting at {@code from}, if one does. */
	public static Optional<Read> at(List<NoteLine> lines, int from, OwnerColumnResolver owners) {
		List<ActionTable.Column> columns = new ArrayList<>();
		List<String> header = new ArrayList<>();
		int i = from;
		while (i < lines.size() && ActionTable.filled(lines.get(i).cells()) == 1) {
			Optional<ActionTable.Column> column = ActionTable.Column.of(lines.get(i).text());
			if (column.isEmpty() || columns.contains(column.get())) {
				break;
			}
			columns.add(column.get());
			header.add(lines.get(i).text());
			i++;
		}
		if (columns.size() < MIN_COLUMNS || !columns.contains(ActionTable.Column.ACTION)
				|| !columns.contains(ActionTable.Column.OWNER) || !isShaped(columns.get(0))) {
			return Optional.empty();
		}
		List<NoteLine> out = new ArrayList<>();
		out.add(NoteLine.of(lines.get(from).sourceLine(), header.toArray(String[]::new)));
		List<NoteLine> row = new ArrayList<>();
		for (; i < lines.size(); i++) {
			NoteLine line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			if (fits(columns.get(0), line.text(), owners)) {
				addRow(row, columns, owners, out);
				row = new ArrayList<>();
			}
			else if (row.isEmpty() || SectionHeading.isHeading(line) || SectionHeading.topLevelNumber(line) > 0) {
				break;
			}
			row.add(line);
		}
		addRow(row, columns, owners, out);
		return out.size() > 1 ? Optional.of(new Read(out, i - from)) : Optional.empty();
	}

	/** Shares a row's lines out over the columns: a free-text cell runs on until a line fits the next column. */
	private static void addRow(List<NoteLine> row, List<ActionTable.Column> columns, OwnerColumnResolver owners,
			List<NoteLine> out) {
		if (row.isEmpty()) {
			return;
		}
		String[] cells = new String[columns.size()];
		int next = 0;
		for (int c = 0; c < columns.size(); c++) {
			if (next >= row.size()) {
				cells[c] = "";
				continue;
			}
			if (c == columns.size() - 1) {
				cells[c] = join(row.subList(next, row.size()));
				next = row.size();
				continue;
			}
			if (isShaped(columns.get(c)) && !fits(columns.get(c), row.get(next).text(), owners)) {
				cells[c] = "";
				continue;
			}
			int end = next + 1;
			while (!isShaped(columns.get(c)) && end < row.size() && !fits(columns.get(c + 1), row.get(end).text(), owners)
					&& row.size() - end > columns.size() - c - 1) {
				end++;
			}
			cells[c] = join(row.subList(next, end));
			next = end;
		}
		out.add(NoteLine.of(row.get(0).sourceLine(), cells));
	}

	/** Columns whose cells have a shape of their own; the others hold free text. */
	private static boolean isShaped(ActionTable.Column column) {
		return column == ActionTable.Column.REF || column == ActionTable.Column.RAISED || column == ActionTable.Column.DUE
				|| column == ActionTable.Column.OWNER;
	}

	private static boolean fits(ActionTable.Column column, String text, OwnerColumnResolver owners) {
		String t = text.strip();
		return switch (column) {
			case REF -> REFERENCE.matcher(t).matches() && !DATE.matcher(t).matches();
			case RAISED, DUE -> DATE.matcher(t).matches();
			case OWNER -> OwnerCellShape.matches(t) || owners.single(t).isPresent();
			default -> true;
		};
	}

	private static String join(List<NoteLine> lines) {
		return String.join(" ", lines.stream().map(NoteLine::text).toList()).strip();
	}

}
