package org.scrutiny.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.scrutiny.model.Role;
import org.scrutiny.store.UnlinkedUpdates;

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

	/**
	 * Meeting first: HSQLDB joins in the order written, and the period's meetings are few, the store's actions many. A
	 * report written as prose has the wording of the action the ledger linked it to, and linked to none is left out.
	 */
	private static final String ACTIONS_SQL = """
			select a.action_id, a.source_file, a.source_line, a.source_page, m.meeting_date,
			       case when a.text = '' then e.text else a.text end as text,
			       a.owners, a.due, a.raised_in, a.status, a.update_text, a.restricted, r.ledger_id
			from meeting m join action a on a.source_file = m.source_file
			left join ledger_report r on r.action_id = a.action_id
			left join ledger_entry e on e.ledger_id = r.ledger_id
			where a.kind = ? and m.meeting_date between ? and ? and (cast(? as boolean) or (a.restricted = false and %s))
			  and (a.text <> '' or e.ledger_id is not null)
			order by m.meeting_date, m.source_file, a.ordinal""".formatted(NOT_WHOLLY_MARKED.formatted("m.source_file"));

	/**
	 * The ledger entries the public may not see: those flagged restricted, and those raised (or first reported) at a
	 * meeting marked as a whole. Found by index from the marked material, which is small, so that leaving them out
	 * never means reading every entry of a national ledger (some 45,000 at 10,000 meetings).
	 */
	private static final String HIDDEN_FROM_PUBLIC = """
			select h.ledger_id from ledger_entry h where h.restricted = true
			union select w.action_id from marked_passage p join action w on w.source_file = p.source_file
			where p.from_line = 0""";

	/** The period's carry_forward rows an audience sees; parameters: the period, whether it sees restricted rows. */
	private static final String VISIBLE = """
			c.period = ? and (cast(? as boolean) or c.ledger_id not in (%s))""".formatted(HIDDEN_FROM_PUBLIC);

	private static final String OPEN = "c.status = 'OPEN'";

	private static final String SILENT_DROP = "c.silent_drop = true";

	private static final String UNOWNED = "c.ledger_id in (select u.ledger_id from ledger_entry u where u.owners = '')";

	/**
	 * The first rows of one list of the ledger (%s: which entries), oldest first, as analyseStep stored it: chosen
	 * from carry_forward alone, then joined to their text and source, since HSQLDB would join every entry of the list
	 * (11,301 open at 10,000 meetings) before cutting it. Parameters: those of {@link #VISIBLE}, the number of rows.
	 */
	private static final String LEDGER_ROWS_SQL = """
			select e.ledger_id, e.raised_in, e.owners, e.text, e.due, e.restricted, c.status, c.age_days, c.overdue,
			       c.last_reported, c.closed_on, c.silent_drop, a.source_file, a.source_line, a.source_page, m.meeting_date
			from (select c.ledger_id, c.position, c.status, c.age_days, c.overdue, c.last_reported, c.closed_on,
			             c.silent_drop
			      from carry_forward c where %s and %%s order by c.position fetch first ? rows only) c
			join ledger_entry e on e.ledger_id = c.ledger_id
			left join action a on a.action_id = e.ledger_id
			left join meeting m on m.source_file = a.source_file
			order by c.position""".formatted(VISIBLE);

	private static final String OPEN_ACTIONS_SQL = LEDGER_ROWS_SQL.formatted(OPEN);

	private static final String SILENT_DROPS_SQL = LEDGER_ROWS_SQL.formatted(SILENT_DROP);

	private static final String UNOWNED_SQL = LEDGER_ROWS_SQL.formatted(UNOWNED);

	/**
	 * The histories of the given ledger entries at the period's end, one row per report on an entry up to then (an
	 * entry with none has one row, its report columns null), by entry then meeting date: the entry, how carry_forward
	 * left it, and each later meeting's status and update. One query for every entry on the page, which are few (the
	 * period's own rows and the capped logs). The public sees no entry it may not ({@link #HIDDEN_FROM_PUBLIC}), and
	 * no report from restricted material or a meeting marked as a whole, so its dates and updates leak nothing.
	 */
	private static final String HISTORIES_SQL = """
			select e.ledger_id, e.text, e.owners, e.raised_in, e.raised_on, e.due,
			       c.status, c.age_days, c.overdue, c.closed_on,
			       r.meeting_date, r.status as report_status, r.update_text
			from ledger_entry e
			left join carry_forward c on c.period = :period and c.ledger_id = e.ledger_id
			left join (select r.ledger_id, r.meeting_date, r.status, r.update_text, a.source_file, a.source_line, a.ordinal
			           from ledger_report r join action a on a.action_id = r.action_id
			           where r.ledger_id in (:ids) and r.meeting_date <= :end
			             and (cast(:all as boolean) or (a.restricted = false and %s))) r on r.ledger_id = e.ledger_id
			where e.ledger_id in (:ids) and (cast(:all as boolean) or e.ledger_id not in (%s))
			order by e.ledger_id, r.meeting_date, r.source_file, r.source_line, r.ordinal"""
		.formatted(NOT_WHOLLY_MARKED.formatted("a.source_file"), HIDDEN_FROM_PUBLIC);

	/** How long each list of the ledger is, counted by the database from carry_forward (and two indexes). */
	private static final String LEDGER_FIGURES_SQL = """
			select count(case when %1$s then 1 end), count(case when %1$s and c.overdue = true then 1 end),
			       count(case when %2$s then 1 end), count(case when %3$s then 1 end)
			from carry_forward c where %4$s""".formatted(OPEN, SILENT_DROP, UNOWNED, VISIBLE);

	/**
	 * The public figures, counted from the entries the public may see: one row per owners cell ("ACC;DPCC"), in the
	 * order each first appears in the ledger (oldest first); split into roles by {@link RoleFigures#counted}. The
	 * parameters: the period (YYYY-MM), its first and last day, then those of {@link #VISIBLE}.
	 */
	private static final String OWNER_TALLIES_SQL = """
			select e.owners, min(c.position) as first_position,
			       count(case when e.raised_in = ? then 1 end),
			       count(case when c.status <> 'OPEN' and c.closed_on between ? and ? then 1 end),
			       count(case when %1$s then 1 end), count(case when %1$s and c.overdue = true then 1 end)
			from carry_forward c join ledger_entry e on e.ledger_id = c.ledger_id
			where %2$s
			group by e.owners order by first_position""".formatted(OPEN, VISIBLE);

	private static final String ROLE_COUNTS_SQL = """
			select role, raised, closed, open_count, overdue from role_count
			where period = ? and time_window = 'period' order by position""";

	/** The latest meetings up to the period's end, latest first: the columns of the topic grid. */
	private static final String LATEST_MEETINGS_SQL = """
			select m.source_file, m.body, m.meeting_date, m.title, m.chair from meeting m
			where m.meeting_date <= ? and (cast(? as boolean) or %s)
			order by m.meeting_date desc, m.source_file desc fetch first ? rows only"""
		.formatted(NOT_WHOLLY_MARKED.formatted("m.source_file"));

	/** The bodies of the meetings up to the period's end, in the order they first met. */
	private static final String BODIES_SQL = """
			select m.body, min(m.meeting_date) as first_met from meeting m
			where m.meeting_date <= ? and (cast(? as boolean) or %s)
			group by m.body order by first_met, m.body"""
		.formatted(NOT_WHOLLY_MARKED.formatted("m.source_file"));

	/** The topics raised at the topic grid's meetings: one placeholder per column, unused ones repeat the last. */
	private static final String MENTIONS_SQL = """
			select t.topic, t.source_file from topic_mention t
			where t.source_file in (%s) and (cast(? as boolean) or t.restricted = false) order by t.topic"""
		.formatted(String.join(", ", Collections.nCopies(TopicGrid.COLUMNS, "?")));

	private static final String REJECTS_SQL = """
			select source_file, line, reason from reject order by source_file, position fetch first ? rows only""";

	private static final String REJECT_COUNT_SQL = "select count(*) from reject";

	private static final String UNLINKED_SQL = """
			select source_file, line, reason from (%s) u order by source_file, position fetch first ? rows only"""
		.formatted(UnlinkedUpdates.AS_REJECTS);

	private static final String UNLINKED_COUNT_SQL = "select count(*) from (%s) u".formatted(UnlinkedUpdates.AS_REJECTS);

	private static final String SOURCE_FILES_SQL = """
			select source_file from meeting where meeting_date between ? and ? order by meeting_date, source_file""";

	private static final String STORED_MEETINGS_SQL = "select count(*) from meeting where meeting_date <= ?";

	private static final String RESTRICTED_SQL = """
			select count(*) from action a join meeting m on m.source_file = a.source_file
			where a.restricted = true and m.meeting_date <= ?""";

	/**
	 * Everyone below chief officer rank in any stored attendance, by the index on role: at 10,000 meetings, 5,000 of
	 * the 65,000 attendance rows.
	 */
	private static final String STAFF_SQL = """
			select distinct name, role, role_title, temporary from attendee where role in (%s) order by name"""
		.formatted(Arrays.stream(Role.values()).filter(r -> !r.isChiefOfficer()).map(r -> "'" + r.name() + "'")
			.collect(Collectors.joining(", ")));

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredMeeting(String sourceFile, String body, LocalDate date, String title, String chair) {
	}

	record StoredAttendee(String name, Role role, String roleTitle, boolean temporary, boolean present) {
	}

	record StoredAction(String actionId, String sourceFile, int sourceLine, int sourcePage, LocalDate meetingDate, String text,
			String owners, String due,
			String raisedIn, boolean open, String update, boolean restricted, String ledgerId) {
	}

	record LedgerRow(String ledgerId, YearMonth raisedIn, String owners, String text, String due, boolean restricted,
			boolean open, int ageDays, boolean overdue, LocalDate lastReported, LocalDate closedOn, boolean silentDrop,
			String sourceFile, int sourceLine, int sourcePage, LocalDate meetingDate) {
	}

	/**
	 * One report on a ledger entry, with the entry: {@code open}, {@code ageDays}, {@code overdue} and {@code closedOn}
	 * as carry_forward has them at the period's end; {@code reportedOn} (with its status and update) null for an
	 * entry no later meeting reported on.
	 */
	record HistoryRow(String ledgerId, String text, String owners, YearMonth raisedIn, LocalDate raisedOn, String due,
			boolean open, int ageDays, boolean overdue, LocalDate closedOn, LocalDate reportedOn, boolean reportOpen,
			String update) {
	}

	record RoleCount(String role, int raised, int closed, int open, int overdue) {
	}

	/** The public figures of the entries sharing one owners cell ("ACC;DPCC", or empty). */
	record OwnersTally(String owners, int raised, int closed, int open, int overdue) {
	}

	/** How many entries of the ledger are in each of its lists, for one audience. */
	record LedgerFigures(int open, int overdue, int silentDrops, int unowned) {
	}

	record Mention(String topic, String sourceFile) {
	}

	record StoredReject(String sourceFile, int line, String reason) {
	}

	/** The text of each file's notes, as the normaliser left it; none for a file whose text was not kept. */
	List<String> notesText(Collection<String> files) {
		List<String> out = new ArrayList<>();
		for (String file : files) {
			jdbc.sql("select normalised_text from source_document where source_file = ?").param(file)
				.query(String.class).optional().ifPresent(out::add);
		}
		return out;
	}

	/** The meetings of the period, in date order. */
	List<StoredMeeting> meetingsIn(YearMonth period, Audience audience) {
		return jdbc.sql(MEETINGS_SQL)
			.params(Date.valueOf(period.atDay(1)), Date.valueOf(period.atEndOfMonth()), audience.seesRestricted())
			.query(ReportQueries::meeting)
			.list();
	}

	/**
	 * The latest {@code count} meetings up to the period's end, oldest first: the last of the period's own when it has
	 * that many (a national store's month has some 80), else read.
	 */
	List<StoredMeeting> latestMeetings(YearMonth period, Audience audience, int count, List<StoredMeeting> inThePeriod) {
		if (inThePeriod.size() >= count) {
			return inThePeriod.subList(inThePeriod.size() - count, inThePeriod.size());
		}
		List<StoredMeeting> latest = new ArrayList<>(jdbc.sql(LATEST_MEETINGS_SQL)
			.params(Date.valueOf(period.atEndOfMonth()), audience.seesRestricted(), count)
			.query(ReportQueries::meeting)
			.list());
		Collections.reverse(latest);
		return latest;
	}

	/** The bodies that met up to the period's end, in the order they first met. */
	List<String> bodies(YearMonth period, Audience audience) {
		return jdbc.sql(BODIES_SQL).params(Date.valueOf(period.atEndOfMonth()), audience.seesRestricted())
			.query((rs, n) -> rs.getString(1))
			.list();
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

	/** The oldest {@code rows} open actions at the period's end. */
	List<LedgerRow> openActions(YearMonth period, Audience audience, int rows) {
		return ledgerRows(OPEN_ACTIONS_SQL, period, audience, rows);
	}

	/** The oldest {@code rows} actions raised and never reported on again (see carry-forward.csv's silent_drop). */
	List<LedgerRow> silentDrops(YearMonth period, Audience audience, int rows) {
		return ledgerRows(SILENT_DROPS_SQL, period, audience, rows);
	}

	/** The oldest {@code rows} entries, open or closed, whose owner the notes do not give. */
	List<LedgerRow> unowned(YearMonth period, Audience audience, int rows) {
		return ledgerRows(UNOWNED_SQL, period, audience, rows);
	}

	/** The histories of the given ledger entries at the period's end (see {@link #HISTORIES_SQL}). */
	List<HistoryRow> histories(Collection<String> ledgerIds, YearMonth period, Audience audience) {
		if (ledgerIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(HISTORIES_SQL)
			.param("period", period.toString())
			.param("ids", List.copyOf(ledgerIds))
			.param("end", Date.valueOf(period.atEndOfMonth()))
			.param("all", audience.seesRestricted())
			.query((rs, n) -> new HistoryRow(rs.getString("ledger_id"), rs.getString("text"), rs.getString("owners"),
					YearMonth.parse(rs.getString("raised_in")), date(rs, "raised_on"), rs.getString("due"),
					!"CLOSED".equals(rs.getString("status")), rs.getInt("age_days"), rs.getBoolean("overdue"),
					date(rs, "closed_on"), date(rs, "meeting_date"), "OPEN".equals(rs.getString("report_status")),
					rs.getString("update_text")))
			.list();
	}

	LedgerFigures ledgerFigures(YearMonth period, Audience audience) {
		return jdbc.sql(LEDGER_FIGURES_SQL).params(period.toString(), audience.seesRestricted())
			.query((rs, n) -> new LedgerFigures(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.single();
	}

	/** The figures of the visible entries per owners cell, in the order the cells first appear in the ledger. */
	List<OwnersTally> ownersTallies(YearMonth period, Audience audience) {
		return jdbc.sql(OWNER_TALLIES_SQL)
			.params(period.toString(), Date.valueOf(period.atDay(1)), Date.valueOf(period.atEndOfMonth()),
					period.toString(), audience.seesRestricted())
			.query((rs, n) -> new OwnersTally(rs.getString(1), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
			.list();
	}

	List<RoleCount> roleCounts(YearMonth period) {
		return jdbc.sql(ROLE_COUNTS_SQL).param(period.toString())
			.query((rs, n) -> new RoleCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.list();
	}

	/** The topics raised at the given meetings (at most {@link TopicGrid#COLUMNS}). */
	List<Mention> mentions(List<StoredMeeting> meetings, Audience audience) {
		if (meetings.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < TopicGrid.COLUMNS; i++) {
			params.add(meetings.get(Math.min(i, meetings.size() - 1)).sourceFile());
		}
		params.add(audience.seesRestricted());
		return jdbc.sql(MENTIONS_SQL).params(params).query((rs, n) -> new Mention(rs.getString(1), rs.getString(2))).list();
	}

	/** The first {@code rows} rejects, by file name. */
	List<StoredReject> rejects(int rows) {
		return jdbc.sql(REJECTS_SQL).param(rows)
			.query(ReportQueries::reject)
			.list();
	}

	int rejectCount() {
		return jdbc.sql(REJECT_COUNT_SQL).query(Integer.class).single();
	}

	/** The first {@code rows} updates that name no action and were linked to none, by file name. */
	List<StoredReject> unlinked(int rows) {
		return jdbc.sql(UNLINKED_SQL).param(rows)
			.query(ReportQueries::reject)
			.list();
	}

	int unlinkedCount() {
		return jdbc.sql(UNLINKED_COUNT_SQL).query(Integer.class).single();
	}

	/** The source files of the period's meetings, in date order. */
	List<String> sourceFilesIn(YearMonth period) {
		return jdbc.sql(SOURCE_FILES_SQL).params(Date.valueOf(period.atDay(1)), Date.valueOf(period.atEndOfMonth()))
			.query(String.class)
			.list();
	}

	/** How many meetings are stored up to the period's end: the rows of meetings.csv. */
	int storedMeetings(YearMonth period) {
		return jdbc.sql(STORED_MEETINGS_SQL).param(Date.valueOf(period.atEndOfMonth())).query(Integer.class).single();
	}

	/** How many stored actions up to the period's end come from protectively-marked material. */
	int restrictedActions(YearMonth period) {
		return jdbc.sql(RESTRICTED_SQL).param(Date.valueOf(period.atEndOfMonth())).query(Integer.class).single();
	}

	/** Everyone below chief officer rank named in any stored attendance: names the public report must not print. */
	/** Whether the period's meetings list anyone in a police role (PCC, Chief Constable, ...), as a force's notes do. */
	boolean listsPoliceRoles(YearMonth period) {
		return jdbc.sql("""
				select count(*) from attendee a join meeting m on m.source_file = a.source_file
				where m.meeting_date between ? and ? and a.role <> 'OTHER'""")
			.params(Date.valueOf(period.atDay(1)), Date.valueOf(period.atEndOfMonth()))
			.query(Integer.class)
			.single() > 0;
	}

	List<StoredAttendee> staffBelowChiefOfficer() {
		return jdbc.sql(STAFF_SQL)
			.query((rs, n) -> new StoredAttendee(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
					rs.getBoolean(4), true))
			.list();
	}

	private List<LedgerRow> ledgerRows(String sql, YearMonth period, Audience audience, int rows) {
		return jdbc.sql(sql).params(period.toString(), audience.seesRestricted(), rows).query(ReportQueries::ledger).list();
	}

	private static StoredMeeting meeting(ResultSet rs, int row) throws SQLException {
		return new StoredMeeting(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
				rs.getString(5));
	}

	private static StoredAction action(ResultSet rs, int row) throws SQLException {
		return new StoredAction(rs.getString("action_id"), rs.getString("source_file"), rs.getInt("source_line"),
				rs.getInt("source_page"), rs.getDate("meeting_date").toLocalDate(), rs.getString("text"), rs.getString("owners"), rs.getString("due"), rs.getString("raised_in"),
				"OPEN".equals(rs.getString("status")), rs.getString("update_text"), rs.getBoolean("restricted"),
				rs.getString("ledger_id"));
	}

	private static LedgerRow ledger(ResultSet rs, int row) throws SQLException {
		return new LedgerRow(rs.getString("ledger_id"), YearMonth.parse(rs.getString("raised_in")),
				rs.getString("owners"), rs.getString("text"), rs.getString("due"), rs.getBoolean("restricted"),
				"OPEN".equals(rs.getString("status")), rs.getInt("age_days"), rs.getBoolean("overdue"),
				date(rs, "last_reported"), date(rs, "closed_on"), rs.getBoolean("silent_drop"), rs.getString("source_file"), rs.getInt("source_line"), rs.getInt("source_page"),
				date(rs, "meeting_date"));
	}

	private static StoredReject reject(ResultSet rs, int row) throws SQLException {
		return new StoredReject(rs.getString(1), rs.getInt(2), rs.getString(3));
	}

	/** A date column that may be null. */
	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
