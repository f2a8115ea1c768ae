package org.scrutiny.export;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.YearMonth;

import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.store.UnlinkedUpdates;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the ledger as CSVs into {@code <output>/<YYYY-MM>/}: every stored meeting up to the end of the period, with
 * its attendance and actions, and every reject. The same ledger always gives the same bytes.
 */
public class CsvExporter {

	private static final String MEETINGS_SQL = """
			select source_file, body, meeting_date, start_time, title, chair, venue, minutes_by
			from meeting where meeting_date <= ?
			order by meeting_date, source_file""";

	private static final String ATTENDANCE_SQL = """
			select m.source_file, m.meeting_date, a.name, a.role, a.role_title, a.temporary, a.status
			from attendee a join meeting m on m.source_file = a.source_file
			where m.meeting_date <= ?
			order by m.meeting_date, m.source_file, a.position""";

	// a row the ledger linked to an earlier entry reports on that entry: brought forward (also a row listed as raised
	// that repeats an open earlier action), raised in the entry's month where the notes named none. An entry started by
	// a report that named no month (an action first seen carried, "All actions carried forward.") has the month it was
	// first seen: the row that started it shows none, a later report on it that month, the latest it can have been raised.
	// A report written as prose names no action ("SW has not yet had the chance to meet with the resilience group"): it
	// shows the wording of the action the ledger linked it to, and, linked to none, is no action row at all.
	private static final String ACTIONS_SQL = """
			select a.action_id, a.source_file, a.source_line, a.source_page, m.meeting_date,
			       case when e.ledger_id is null then a.kind else 'BROUGHT_FORWARD' end as kind,
			       case when a.text = '' then e.text else a.text end as text, a.owners, a.owner_names, a.due,
			       case when e.ledger_id is null then a.raised_in when a.kind = 'RAISED' then e.raised_in
			            else coalesce(a.raised_in, e.raised_in) end as raised_in,
			       a.status, a.update_text, a.restricted
			from action a join meeting m on m.source_file = a.source_file
			left join ledger_report r on r.action_id = a.action_id
			left join ledger_entry e on e.ledger_id = r.ledger_id and e.ledger_id <> a.action_id
			where m.meeting_date <= ? and (a.text <> '' or e.ledger_id is not null)
			order by m.meeting_date, m.source_file, a.ordinal""";

	// the lines not read, then (after each file's) the updates linked to no action, which are no rows of actions.csv
	private static final String REJECTS_SQL = """
			select source_file, line, reason from (
			    select source_file, line, reason, 0 as kind, position from reject
			    union all
			    select source_file, line, reason, 1 as kind, position from (%s) u
			) r order by source_file, kind, position""".formatted(UnlinkedUpdates.AS_REJECTS);

	private final JdbcClient jdbc;

	public CsvExporter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ExportResult export(Path output, YearMonth period) {
		Path folder = OutputFolders.forPeriod(output, period);
		Date end = Date.valueOf(period.atEndOfMonth());
		int meetings = CsvFileWriter.write(OutputFolders.inside(folder, CsvColumns.MEETINGS_CSV), CsvColumns.MEETINGS,
				jdbc.sql(MEETINGS_SQL).param(end).query(CsvExporter::meeting));
		int attendance = CsvFileWriter.write(OutputFolders.inside(folder, CsvColumns.ATTENDANCE_CSV),
				CsvColumns.ATTENDANCE, jdbc.sql(ATTENDANCE_SQL).param(end).query(CsvExporter::attendee));
		int actions = CsvFileWriter.write(OutputFolders.inside(folder, CsvColumns.ACTIONS_CSV), CsvColumns.ACTIONS,
				jdbc.sql(ACTIONS_SQL).param(end).query(CsvExporter::action));
		int rejects = CsvFileWriter.write(OutputFolders.inside(folder, CsvColumns.REJECTS_CSV), CsvColumns.REJECTS,
				jdbc.sql(REJECTS_SQL).query(CsvExporter::reject));
		return new ExportResult(period, folder, meetings, attendance, actions, rejects);
	}

	private static String[] meeting(ResultSet rs, int row) throws SQLException {
		return new String[] { rs.getString("source_file"), rs.getString("body"), date(rs, "meeting_date"),
				time(rs, "start_time"), rs.getString("title"), rs.getString("chair"), rs.getString("venue"),
				rs.getString("minutes_by") };
	}

	private static String[] attendee(ResultSet rs, int row) throws SQLException {
		boolean temporary = rs.getBoolean("temporary");
		RoleRef role = new RoleRef(Role.valueOf(rs.getString("role")), temporary, rs.getString("role_title"));
		return new String[] { rs.getString("source_file"), date(rs, "meeting_date"), rs.getString("name"),
				role.code(), role.title(), Boolean.toString(temporary), AttendanceStatus.valueOf(rs.getString("status")).csv() };
	}

	private static String[] action(ResultSet rs, int row) throws SQLException {
		return new String[] { rs.getString("action_id"), rs.getString("source_file"), rs.getString("source_line"),
				rs.getString("source_page"), date(rs, "meeting_date"), ActionKind.valueOf(rs.getString("kind")).csv(), rs.getString("text"),
				rs.getString("owners"), rs.getString("owner_names"), rs.getString("due"), rs.getString("raised_in"),
				ActionStatus.valueOf(rs.getString("status")).csv(), rs.getString("update_text"),
				Boolean.toString(rs.getBoolean("restricted")) };
	}

	private static String[] reject(ResultSet rs, int row) throws SQLException {
		return new String[] { rs.getString("source_file"), rs.getString("line"), rs.getString("reason") };
	}

	private static String date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? "" : date.toLocalDate().toString();
	}

	private static String time(ResultSet rs, String column) throws SQLException {
		Time time = rs.getTime(column);
		return time == null ? "" : time.toLocalTime().toString();
	}

}
