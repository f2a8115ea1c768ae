package org.scrutiny.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scrutiny.analyse.LedgerBuilder;
import org.scrutiny.analyse.LedgerEntry;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Due;
import org.scrutiny.model.RoleRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger as stored: {@code ledger_entry} and {@code ledger_report}, read whole or one body at a time, replaced one
 * body at a time, or carried on with what a new month added.
 */
public class LedgerEntries {

	// entries in the order LedgerBuilder made them: by the row that started each (the raising action, or the first
	// report on an action whose raising meeting is not stored), whose id is the entry's
	private static final String ENTRIES_SQL = """
			select e.ledger_id, e.body, e.raised_in, e.raised_on, e.origin_action_id, e.text, e.due, e.restricted,
			       a.raised_in as named_in, a.topic
			from ledger_entry e join action a on a.action_id = e.ledger_id join meeting m on m.source_file = a.source_file
			%s
			order by m.meeting_date, a.source_file, a.source_line, a.ordinal""";

	// an entry's owners are those of the row that started it (joined from the body's entries, indexed by body: HSQLDB
	// joins in the order written, and from action_owner first it read every owner of the store once per body)
	private static final String OWNERS_SQL = """
			select o.action_id, o.role, o.role_title, o.temporary, o.person
			from ledger_entry e join action_owner o on o.action_id = e.ledger_id
			%s
			order by o.action_id, o.position""";

	private static final String REPORTS_SQL = """
			select r.ledger_id, r.action_id, r.meeting_date, r.source_file, r.status, r.update_text, r.strength
			from ledger_entry e join ledger_report r on r.ledger_id = e.ledger_id join action a on a.action_id = r.action_id
			%s
			order by r.meeting_date, r.source_file, a.source_line, a.ordinal""";

	private static final String OF_BODY = "where e.body = ?";

	private final JdbcClient jdbc;

	public LedgerEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every body's ledger, every entry with its reports, in the order it was built. */
	public List<LedgerEntry> all() {
		return read(List.of()).stream().map(LedgerBuilder.Built::entry).toList();
	}

	/** One body's ledger, to carry on from. */
	public List<LedgerBuilder.Built> of(String body) {
		return read(List.of(body));
	}

	/**
	 * Every body's ledger, each in the order it was built, read in one pass: cheaper than a body at a time once more
	 * than a few bodies are carried on (a month of 82 bodies read body by body took a third of the analyse step at
	 * 10,000 meetings, each query walking the report and action indexes again).
	 */
	public Map<String, List<LedgerBuilder.Built>> byBody() {
		Map<String, List<LedgerBuilder.Built>> bodies = new HashMap<>();
		read(List.of()).forEach(b -> bodies.computeIfAbsent(b.entry().body(), k -> new ArrayList<>()).add(b));
		return bodies;
	}

	/**
	 * Replaces one body's ledger whole: its links can change when an earlier meeting's notes arrive late or are revised.
	 */
	public void replace(String body, List<LedgerEntry> ledger) {
		delete(body);
		insert(ledger);
	}

	/** Deletes a body's ledger, with its reports and ages. */
	public void delete(String body) {
		jdbc.sql("delete from ledger_entry where body = ?").param(body).update();
	}

	/** Writes what carrying a ledger on changed: new entries, new reports on earlier ones, new restrictions. */
	public void apply(LedgerBuilder.Changes changes) {
		insert(changes.added());
		RowInserts reports = reportRows();
		changes.reported().forEach((ledgerId, added) -> added.forEach(r -> addReport(reports, ledgerId, r)));
		reports.flush();
		for (String ledgerId : changes.restricted()) {
			jdbc.sql("update ledger_entry set restricted = true where ledger_id = ?").param(ledgerId).update();
		}
	}

	private List<LedgerBuilder.Built> read(List<Object> body) {
		String where = body.isEmpty() ? "" : OF_BODY;
		Map<String, List<RoleRef>> owners = LedgerStore.owners(jdbc.sql(OWNERS_SQL.formatted(where)).params(body));
		Map<String, List<LedgerEntry.Report>> reports = new HashMap<>();
		jdbc.sql(REPORTS_SQL.formatted(where)).params(body).query(rs -> {
			reports.computeIfAbsent(rs.getString("ledger_id"), k -> new ArrayList<>())
				.add(new LedgerEntry.Report(rs.getString("action_id"), rs.getDate("meeting_date").toLocalDate(),
						rs.getString("source_file"), ActionStatus.valueOf(rs.getString("status")),
						rs.getString("update_text"), rs.getBigDecimal("strength").doubleValue()));
		});
		return jdbc.sql(ENTRIES_SQL.formatted(where)).params(body).query((rs, n) -> {
			String id = rs.getString("ledger_id");
			Date raisedOn = rs.getDate("raised_on");
			String namedIn = rs.getString("named_in");
			LedgerEntry entry = new LedgerEntry(id, rs.getString("body"), YearMonth.parse(rs.getString("raised_in")),
					raisedOn == null ? null : raisedOn.toLocalDate(), rs.getString("origin_action_id"),
					rs.getString("text"), owners.getOrDefault(id, List.of()), Due.parse(rs.getString("due")),
					reports.getOrDefault(id, List.of()), rs.getBoolean("restricted"));
			return new LedgerBuilder.Built(entry, namedIn == null ? null : YearMonth.parse(namedIn), rs.getString("topic"));
		}).list();
	}

	private void insert(List<LedgerEntry> ledger) {
		RowInserts entries = new RowInserts(jdbc, "ledger_entry", "ledger_id", "body", "raised_in", "raised_on",
				"origin_action_id", "text", "owners", "due", "restricted");
		for (LedgerEntry e : ledger) {
			entries.add(e.ledgerId(), e.body(), e.raisedIn().toString(), date(e.raisedOn()), e.originActionId(), e.text(),
					codes(e.owners()), e.due() == null ? null : e.due().toString(), e.restricted());
		}
		entries.flush();
		RowInserts reports = reportRows();
		for (LedgerEntry e : ledger) {
			e.reports().forEach(r -> addReport(reports, e.ledgerId(), r));
		}
		reports.flush();
	}

	private RowInserts reportRows() {
		return new RowInserts(jdbc, "ledger_report", "action_id", "ledger_id", "meeting_date", "source_file", "status",
				"update_text", "strength");
	}

	private static void addReport(RowInserts rows, String ledgerId, LedgerEntry.Report r) {
		rows.add(r.actionId(), ledgerId, date(r.meetingDate()), r.sourceFile(), r.status().name(), r.update(),
				BigDecimal.valueOf(r.strength()));
	}

	private static String codes(List<RoleRef> owners) {
		return String.join(JdbcMeetingStore.OWNER_SEPARATOR, owners.stream().map(RoleRef::code).toList());
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
