package org.scrutiny.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.scrutiny.model.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the reports read, from the database alone: the stored meetings, people and actions, and the figures analyseStep
 * stored for the period. For the public ({@link Audience#PUBLIC}) every query leaves out meetings marked as a whole
 * ({@code marked_passage.from_line = 0}) and every row flagged {@code restricted}.
 */
final class ReportQueries {

	private static final String NOT_WHOLLY_MARKED = """
			not exists (select 1 from marked_passage p where p.source_file = %s and p.from_line = 0)""";

	private static final String MEETINGS_SQL = """
			select m.source_file, m.body, m.meeting_date, m.title, m.chair from meeting m
			where m.meeting_date between ? and ? and (cast(? as boolean) or %s) order by m.meeting_date, m.source_file"""
		.formatted(NOT_WHOLLY_MARKED.formatted("m.source_file"));

	private static final String ATTENDEES_SQL = """
			select name, role, role_title, temporary, status from attendee where source_file = ? order by position""";

	private static final String ACTIONS_SQL = """
			select a.action_id, a.source_file, a.source_line, a.text, a.owners, a.due, a.raised_in, a.status,
			       a.update_text, a.restricted, r.ledger_id
			from action a join meeting m on m.source_file = a.source_file
			left join ledger_report r on r.action_id = a.action_id
			where a.kind = ? and m.meeting_date between ? and ? and (cast(? as boolean) or (a.restricted = false and %s))
			order by m.meeting_date, m.source_file, a.ordinal""".formatted(NOT_WHOLLY_MARKED.formatted("m.source_file"));

	private static final String LEDGER_SQL = """
			select e.ledger_id, e.raised_in, e.owners, e.text, e.due, e.restricted, c.status, c.age_days, c.overdue,
			       c.last_reported, c.closed_on, c.silent_drop, a.source_file, a.source_line
			from carry_forward c join ledger_entry e on e.ledger_id = c.ledger_id
			left join action a on a.action_id = e.ledger_id
			where c.period = ? and (cast(? as boolean) or (e.restricted = false and %s))
			order by c.position""".formatted(NOT_WHOLLY_MARKED.formatted("a.source_file"));

	private static final String ROLE_COUNTS_SQL = """
			select role, raised, closed, open_count, overdue from role_count
			where period = ? and time_window = 'period' order by position""";

	private static final String MENTIONS_SQL = """
			select t.topic, t.source_file from topic_mention t
			where t.meeting_date <= ? and (cast(? as boolean) or t.restricted = false) order by t.topic""";

	private static final String REJECTS_SQL = "select source_file, line, reason from reject order by source_file, position";

	private static final String SOURCE_FILES_SQL = """
			select source_file from meeting where meeting_date <= ? order by meeting_date, source_file""";

	private static final String RESTRICTED_SQL = """
			select count(*) from action a join meeting m on m.source_file = a.source_file
			where a.restricted and m.meeting_date <= ?""";

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredMeeting(String sourceFile, String body, LocalDate date, String title, String chair) {
	}

	record StoredAttendee(String name, Role role, String roleTitle, boolean temporary, boolean present) {
	}

	record StoredAction(String actionId, String sourceFile, int sourceLine, String text, String owners, String due,
			String raisedIn, boolean open, String update, boolean restricted, String ledgerId) {
	}

	record LedgerRow(String ledgerId, YearMonth raisedIn, String owners, String text, String due, boolean restricted,
			boolean open, int ageDays, boolean overdue, LocalDate lastReported, LocalDate closedOn, boolean silentDrop,
			String sourceFile, int sourceLine) {
	}

	record RoleCount(String role, int raised, int closed, int open, int overdue) {
	}

	record Mention(String topic, String sourceFile) {
	}

	record StoredReject(String sourceFile, int line, String reason) {
	}

	/** Every meeting up to the period's end, for the topic grid; the period's own with {@link #meetingsIn}. */
	List<StoredMeeting> meetings(LocalDate from, LocalDate to, Audience audience) {
		return jdbc.sql(MEETINGS_SQL).params(Date.valueOf(from), Date.valueOf(to), audience.seesRestricted())
			.query((rs, n) -> new StoredMeeting(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	List<StoredMeeting> meetingsIn(YearMonth period, Audience audience) {
		return meetings(period.atDay(1), period.atEndOfMonth(), audience);
	}

	List<StoredAttendee> attendees(String sourceFile) {
		return jdbc.sql(ATTENDEES_SQL).param(sourceFile)
			.query((rs, n) -> new StoredAttendee(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
					rs.getBoolean(4), "PRESENT".equals(rs.getString(5))))
			.list();
	}

	/** Actions of one kind (RAISED or BROUGHT_FORWARD) at the period's meetings, in the order of the notes. */
	List<StoredAction> actionsIn(YearMonth period, String kind, Audience audience) {
		return jdbc.sql(ACTIONS_SQL)
			.params(kind, Date.valueOf(period.atDay(1)), Date.valueOf(period.atEndOfMonth()), audience.seesRestricted())
			.query(ReportQueries::action)
			.list();
	}

	/** The ledger at the period's end, oldest first, as analyseStep stored it. */
	List<LedgerRow> ledger(YearMonth period, Audience audience) {
		return jdbc.sql(LEDGER_SQL).params(period.toString(), audience.seesRestricted()).query(ReportQueries::ledger).list();
	}

	List<RoleCount> roleCounts(YearMonth period) {
		return jdbc.sql(ROLE_COUNTS_SQL).param(period.toString())
			.query((rs, n) -> new RoleCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.list();
	}

	List<Mention> mentions(YearMonth period, Audience audience) {
		return jdbc.sql(MENTIONS_SQL).params(Date.valueOf(period.atEndOfMonth()), audience.seesRestricted())
			.query((rs, n) -> new Mention(rs.getString(1), rs.getString(2)))
			.list();
	}

	List<StoredReject> rejects() {
		return jdbc.sql(REJECTS_SQL).query((rs, n) -> new StoredReject(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
	}

	List<String> sourceFiles(YearMonth period) {
		return jdbc.sql(SOURCE_FILES_SQL).param(Date.valueOf(period.atEndOfMonth())).query(String.class).list();
	}

	/** How many stored actions up to the period's end come from protectively-marked material. */
	int restrictedActions(YearMonth period) {
		return jdbc.sql(RESTRICTED_SQL).param(Date.valueOf(period.atEndOfMonth())).query(Integer.class).single();
	}

	/** Everyone below chief officer rank named in any stored attendance: names the public report must not print. */
	List<StoredAttendee> staffBelowChiefOfficer() {
		return jdbc.sql("select distinct name, role, role_title, temporary, status from attendee order by name")
			.query((rs, n) -> new StoredAttendee(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
					rs.getBoolean(4), true))
			.list()
			.stream()
			.filter(a -> !a.role().isChiefOfficer())
			.toList();
	}

	private static StoredAction action(ResultSet rs, int row) throws SQLException {
		return new StoredAction(rs.getString("action_id"), rs.getString("source_file"), rs.getInt("source_line"),
				rs.getString("text"), rs.getString("owners"), rs.getString("due"), rs.getString("raised_in"),
				"OPEN".equals(rs.getString("status")), rs.getString("update_text"), rs.getBoolean("restricted"),
				rs.getString("ledger_id"));
	}

	private static LedgerRow ledger(ResultSet rs, int row) throws SQLException {
		Date last = rs.getDate("last_reported");
		Date closed = rs.getDate("closed_on");
		return new LedgerRow(rs.getString("ledger_id"), YearMonth.parse(rs.getString("raised_in")),
				rs.getString("owners"), rs.getString("text"), rs.getString("due"), rs.getBoolean("restricted"),
				"OPEN".equals(rs.getString("status")), rs.getInt("age_days"), rs.getBoolean("overdue"),
				last == null ? null : last.toLocalDate(), closed == null ? null : closed.toLocalDate(),
				rs.getBoolean("silent_drop"), rs.getString("source_file"), rs.getInt("source_line"));
	}

}
