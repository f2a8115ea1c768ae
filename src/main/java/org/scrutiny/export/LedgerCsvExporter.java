package org.scrutiny.export;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the analytics of a period into {@code <output>/<YYYY-MM>/}: per-role counts, carry-forward ages, topic
 * mentions and topic summaries, as analyseStep stored them.
 */
public class LedgerCsvExporter {

	private static final String ROLE_COUNTS_SQL = """
			select role, time_window, raised, closed, open_count, overdue, carried, distinct_total
			from role_count where period = ? order by position""";

	private static final String CARRY_FORWARD_SQL = """
			select e.ledger_id, e.raised_in, e.owners, e.text, c.status, c.age_days, c.age_months, c.meetings_carried,
			       e.due, c.overdue, c.last_reported, c.closed_on, c.silent_drop
			from carry_forward c join ledger_entry e on e.ledger_id = c.ledger_id
			where c.period = ? order by c.position""";

	private static final String MENTIONS_SQL = """
			select topic, meeting_date, source_file, source_line, snippet from topic_mention
			where meeting_date <= ? order by topic, meeting_date, source_file""";

	private static final String TOPICS_SQL = """
			select topic, meetings, first_seen, last_seen, longest_gap_days, actions, open_actions
			from topic_summary where period = ? order by position""";

	private final JdbcClient jdbc;

	public LedgerCsvExporter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number of rows written to each file, in the order of {@link CsvColumns}. */
	public int[] export(Path output, YearMonth period) {
		Path folder = OutputFolders.forPeriod(output, period);
		String p = period.toString();
		int counts = CsvFileWriter.write(OutputFolders.inside(folder, CsvColumns.ROLE_COUNTS_CSV), CsvColumns.ROLE_COUNTS,
				jdbc.sql(ROLE_COUNTS_SQL).param(p).query(LedgerCsvExporter::strings));
		int ages = CsvFileWriter.write(OutputFolders.inside(folder, CsvColumns.CARRY_FORWARD_CSV),
				CsvColumns.CARRY_FORWARD, jdbc.sql(CARRY_FORWARD_SQL).param(p).query(LedgerCsvExporter::age));
		int mentions = CsvFileWriter.write(OutputFolders.inside(folder, CsvColumns.TOPIC_RECURRENCE_CSV),
				CsvColumns.TOPIC_RECURRENCE, jdbc.sql(MENTIONS_SQL).param(Date.valueOf(period.atEndOfMonth()))
					.query(LedgerCsvExporter::strings));
		int topics = CsvFileWriter.write(OutputFolders.inside(folder, CsvColumns.TOPICS_CSV), CsvColumns.TOPICS,
				jdbc.sql(TOPICS_SQL).param(p).query(LedgerCsvExporter::strings));
		return new int[] { counts, ages, mentions, topics };
	}

	private static String[] age(ResultSet rs, int row) throws SQLException {
		String[] cells = strings(rs, row);
		cells[4] = cells[4].toLowerCase(Locale.ROOT);
		return cells;
	}

	/** Every column as text: dates as ISO, booleans as true/false, nulls as empty. */
	private static String[] strings(ResultSet rs, int row) throws SQLException {
		int columns = rs.getMetaData().getColumnCount();
		String[] cells = new String[columns];
		for (int i = 0; i < columns; i++) {
			Object value = rs.getObject(i + 1);
			cells[i] = value == null ? "" : value instanceof Date date ? date.toLocalDate().toString()
					: value instanceof java.time.LocalDate date ? date.toString() : value.toString();
		}
		return cells;
	}

}
