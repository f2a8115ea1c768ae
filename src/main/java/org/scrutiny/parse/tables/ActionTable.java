package org.scrutiny.parse.tables;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.layout.ActionShape;
import org.scrutiny.parse.layout.SectionHeading;

/**
 * An action log laid out as a table: a header row naming an action column and an owner column ("Ref | Action | Owner
 * | Due", "Action | Lead | Deadline | Status | Update", "Date raised | Action | Responsible | Progress"), then one row
 * per action. Columns are found by their header, so their order does not matter.
 */
final class ActionTable {

	// matches: ":" in "Owner:"   "*" in "Due*"   (marks after a column's header)
	private static final Pattern HEADER_MARKS = Pattern.compile("[:*]+$");

	enum Column {

		// matches: Action   Actions   Action required   Action agreed   Description   Detail   ("| No. | Detail | Resp. |")
		ACTION("actions?|action\\s+(?:required|agreed|point)|description|agreed\\s+action|details?"),
		// matches: Owner   Action Owner   Lead   Responsible   By whom   Action by   Officer   Resp.   Responsibility
		OWNER("(?:action\\s+)?owners?|lead(?:\\s+officer)?|responsible(?:\\s+officer)?|resp\\.?|responsibility|by\\s+whom|action\\s+by|who|officer|assigned\\s+to"),
		// matches: Due   Due date   Deadline   By when   Target date   Timescale
		DUE("due(?:\\s+date)?|deadline|by\\s+when|target(?:\\s+date)?|date\\s+due|timescales?|completion\\s+date|when"),
		// matches: Status   RAG   Open/Closed
		STATUS("status|rag(?:\\s+status)?|open\\s*/\\s*closed"),
		// matches: Update   Progress   Comments   Response   Latest update   Notes
		UPDATE("(?:latest\\s+)?updates?|progress|comments?|response|outcome|notes?"),
		// matches: Date raised   Raised   Meeting   Meeting date   Date of meeting   Origin
		RAISED("date\\s+raised|raised(?:\\s+on)?|meeting(?:\\s+date)?|date\\s+of\\s+meeting|origin|date\\s+agreed"),
		// matches: Ref   No.   #   Item   Number   Minute   Sec.   ("| No. | Sec. | Detail | Resp. |": the first one kept)
		REF("ref(?:erence)?\\.?|no\\.?|#|item|number|minute(?:\\s+ref)?|sec(?:tion)?\\.?");

		/**
		 * The most characters other than spaces that any header above matches ("Responsible officer"): a longer cell,
		 * as nearly every cell is, is no header and is spared the patterns. Raise it with a longer header.
		 */
		static final int LONGEST_HEADER = 18;

		/** What the column's header may say. */
		private final String header;

		Column(String header) {
			this.header = header;
		}

		/**
		 * Every header above in one pattern, a group named for each column, in their order: matching the cell once
		 * finds the first column whose header it is, as trying them one by one would, for one match instead of seven.
		 */
		private static final Pattern ANY_HEADER = Pattern.compile("(?i)" + String.join("|",
				Arrays.stream(values()).map(c -> "(?<" + c.name() + ">" + c.header + ")").toList()));

		static Optional<Column> of(String cell) {
			String c = cell.strip();
			if (c.indexOf(':') >= 0 || c.indexOf('*') >= 0) {
				c = HEADER_MARKS.matcher(c).replaceAll("");
			}
			if (lengthWithoutSpaces(c) > LONGEST_HEADER) {
				return Optional.empty();
			}
			Matcher header = ANY_HEADER.matcher(c);
			if (header.matches()) {
				for (Column column : values()) {
					if (header.start(column.name()) >= 0) {
						return Optional.of(column);
					}
				}
			}
			return Optional.empty();
		}

		/** The characters that are not \s, the only space the headers match. */
		private static int lengthWithoutSpaces(String text) {
			int length = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
					length++;
				}
			}
			return length;
		}

	}

	/** One row, cells by column; absent columns are empty. */
	record Row(int sourceLine, Map<Column, String> cells) {

		String get(Column column) {
			return cells.getOrDefault(column, "").strip();
		}

	}

	private final Map<Column, Integer> positions;

	private ActionTable(Map<Column, Integer> positions) {
		this.positions = positions;
	}

	/** A table whose header is this line, if it names both an action and an owner column. */
	static Optional<ActionTable> header(NoteLine line) {
		List<String> cells = line.cells();
		if (filled(cells) < 2) {
			// an action column and an owner column are two cells at least
			return Optional.empty();
		}
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).isBlank()) {
				continue;
			}
			Optional<Column> column = Column.of(cells.get(i));
			if (column.isEmpty()) {
				return Optional.empty();
			}
			positions.putIfAbsent(column.get(), i);
		}
		return positions.containsKey(Column.ACTION) && positions.containsKey(Column.OWNER)
				? Optional.of(new ActionTable(positions)) : Optional.empty();
	}

	boolean has(Column column) {
		return positions.containsKey(column);
	}

	/** The line as a row of this table, or empty when it is not one (the table has ended). */
	Optional<Row> row(NoteLine line) {
		List<String> cells = line.cells();
		int filled = filled(cells);
		// a numbered heading after the table ends it; a row that fills every column is a row, whatever its numbers
		// ("| 2.4 | 4 | Check with CLF/LSF that they are correctly represented | BM |")
		if (filled < 2 || filled < positions.size() && (SectionHeading.isHeading(line) || SectionHeading.topLevelNumber(line) > 0)) {
			return Optional.empty();
		}
		Map<Column, String> byColumn = new EnumMap<>(Column.class);
		positions.forEach((column, index) -> {
			if (index < cells.size()) {
				byColumn.put(column, cells.get(index));
			}
		});
		if (byColumn.getOrDefault(Column.ACTION, "").isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new Row(line.sourceLine(), byColumn));
	}

	/** How many of the cells hold something. */
	static int filled(List<String> cells) {
		int filled = 0;
		for (String cell : cells) {
			if (!cell.isBlank()) {
				filled++;
			}
		}
		return filled;
	}

	/** A wrapped cell: the line carries text only in the action column, starting in lower case. */
	Optional<String> continuation(NoteLine line) {
		List<String> filled = line.cells().stream().filter(c -> !c.isBlank()).toList();
		int action = positions.get(Column.ACTION);
		if (filled.size() == 1 && ActionShape.isContinuation(filled.get(0))
				&& (line.cells().size() == 1 || action < line.cells().size() && !line.cells().get(action).isBlank())) {
			return Optional.of(filled.get(0));
		}
		return Optional.empty();
	}

}
