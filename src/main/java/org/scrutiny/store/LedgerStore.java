package org.scrutiny.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scrutiny.analyse.CarryForwardAges;
import org.scrutiny.analyse.LedgerEntry;
import org.scrutiny.analyse.LedgerInput.ActionRow;
import org.scrutiny.analyse.LedgerInput.MeetingRef;
import org.scrutiny.analyse.RoleCounts;
import org.scrutiny.analyse.TopicRecurrence;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Due;
import org.scrutiny.model.LedgerBody;
import org.scrutiny.model.MarkedPassage;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.normalise.NormalisedNote;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analytics' side of the store: reads the meetings and actions they work from, and replaces what they computed.
 */
public class LedgerStore {

	// from the body's meetings (indexed by body and date) to their actions and owners: HSQLDB joins in the order written,
	// and from action or action_owner first it read every row of the store once per ledger (minutes at 10,000 meetings)
	private static final String ACTIONS_SQL = """
			select a.action_id, a.source_file, a.source_line, m.body, m.meeting_date, a.kind, a.text, a.due, a.raised_in,
			       a.status, a.update_text, a.restricted, a.topic, a.item_paragraph
			from meeting m join action a on a.source_file = m.source_file
			where m.body in (%s) and m.meeting_date > ?
			order by m.meeting_date, a.source_file, a.ordinal""";

	private static final String OWNERS_SQL = """
			select o.action_id, o.role, o.role_title, o.temporary, o.person
			from meeting m join action a on a.source_file = m.source_file join action_owner o on o.action_id = a.action_id
			where m.body in (%s) and m.meeting_date > ?
			order by o.action_id, o.position""";

	private final JdbcClient jdbc;

	public LedgerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every stored meeting, with the ledger its body's name belongs to ({@link LedgerBody#ledgers}). */
	public List<MeetingRef> meetings() {
		List<MeetingRef> named = jdbc.sql("select source_file, body, meeting_date from meeting order by meeting_date, source_file")
			.query((rs, n) -> new MeetingRef(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()))
			.list();
		Map<String, String> ledgers = LedgerBody.ledgers(named.stream().map(MeetingRef::body).toList());
		return named.stream().map(m -> new MeetingRef(m.sourceFile(), ledgers.get(m.body()), m.date())).toList();
	}

	/**
	 * The stored actions of one ledger's meetings ({@link LedgerBody}), held under the body names given, raised or brought
	 * forward, in the order of its meetings and notes: every one, or those of meetings after a date. Each row carries
	 * the ledger as its body.
	 */
	public List<ActionRow> actions(String ledger, List<String> names, LocalDate after) {
		Date from = Date.valueOf(after == null ? LocalDate.MIN.withYear(1) : after);
		if (names.isEmpty()) {
			return List.of();
		}
		String in = String.join(", ", Collections.nCopies(names.size(), "?"));
		List<Object> params = new ArrayList<>(names);
		params.add(from);
		Map<String, List<RoleRef>> owners = owners(jdbc.sql(OWNERS_SQL.formatted(in)).params(params));
		return jdbc.sql(ACTIONS_SQL.formatted(in)).params(params)
			.query((rs, n) -> action(rs, ledger, owners.getOrDefault(rs.getString("action_id"), List.of())))
			.list();
	}

	static Map<String, List<RoleRef>> owners(JdbcClient.StatementSpec query) {
		Map<String, List<RoleRef>> owners = new HashMap<>();
		query.query(rs -> {
			owners.computeIfAbsent(rs.getString("action_id"), k -> new ArrayList<>())
				.add(new RoleRef(Role.valueOf(rs.getString("role")), rs.getBoolean("temporary"), rs.getString("role_title"),
					rs.getString("person")));
		});
		return owners;
	}

	/** The normalised lines of a stored meeting's notes, for the topic scan. */
	public List<TopicRecurrence.NoteText> lines(String sourceFile) {
		String text = jdbc.sql("select normalised_text from source_document where source_file = ?").param(sourceFile)
			.query(String.class).optional().orElse("");
		List<MarkedPassage> marked = jdbc.sql("select from_line, to_line, marking from marked_passage where source_file = ?")
			.param(sourceFile)
			.query((rs, n) -> new MarkedPassage(rs.getInt(1), rs.getInt(2), rs.getString(3)))
			.list();
		return NormalisedNote.deserialise(text).lines().stream()
			.map(l -> new TopicRecurrence.NoteText(l.sourceLine(), l.text(), marked.stream().anyMatch(p -> p.covers(l.sourceLine()))))
			.toList();
	}

	/** Meetings not yet scanned with this taxonomy. */
	public List<MeetingRef> unscanned(String taxonomyHash) {
		return jdbc.sql("""
				select m.source_file, m.body, m.meeting_date from meeting m
				left join topic_scan s on s.source_file = m.source_file and s.taxonomy_hash = ?
				where s.source_file is null order by m.meeting_date, m.source_file""")
			.param(taxonomyHash)
			.query((rs, n) -> new MeetingRef(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()))
			.list();
	}

	public void replaceMentions(MeetingRef meeting, String taxonomyHash, List<TopicRecurrence.Mention> mentions) {
		jdbc.sql("delete from topic_mention where source_file = ?").param(meeting.sourceFile()).update();
		jdbc.sql("delete from topic_scan where source_file = ?").param(meeting.sourceFile()).update();
		RowInserts rows = new RowInserts(jdbc, "topic_mention", "source_file", "topic", "meeting_date", "source_line",
				"snippet", "restricted");
		for (TopicRecurrence.Mention m : mentions) {
			rows.add(m.sourceFile(), m.topic(), Date.valueOf(m.meetingDate()), m.sourceLine(), m.snippet(), m.restricted());
		}
		rows.flush();
		jdbc.sql("insert into topic_scan (source_file, taxonomy_hash) values (?, ?)").params(meeting.sourceFile(), taxonomyHash)
			.update();
	}

	/** Each meeting up to the date at which each topic came up. */
	public List<TopicRecurrence.Seen> topicsSeen(LocalDate upTo) {
		return jdbc.sql("select topic, meeting_date from topic_mention where meeting_date <= ?"
				+ " order by topic, meeting_date, source_file")
			.param(Date.valueOf(upTo))
			.query((rs, n) -> new TopicRecurrence.Seen(rs.getString(1), rs.getDate(2).toLocalDate()))
			.list();
	}

	public void replaceFigures(YearMonth period, List<CarryForwardAges.Age> ages, List<RoleCounts.Row> counts,
			List<TopicRecurrence.Summary> topics) {
		String p = period.toString();
		// the ages are kept for the period last analysed only: 45,000 rows a month at national scale, and the other
		// periods' would be of ledgers since rebuilt; the counts and topics of every period stay (a few dozen rows)
		jdbc.sql("delete from carry_forward").update();
		for (String table : List.of("role_count", "topic_summary")) {
			jdbc.sql("delete from " + table + " where period = ?").param(p).update();
		}
		RowInserts ageRows = new RowInserts(jdbc, "carry_forward", "period", "ledger_id", "position", "status",
				"age_days", "age_months", "meetings_carried", "overdue", "last_reported", "closed_on", "silent_drop");
		for (int i = 0; i < ages.size(); i++) {
			CarryForwardAges.Age a = ages.get(i);
			ageRows.add(p, a.entry().ledgerId(), i + 1, a.status().name(), a.ageDays(), a.ageMonths(),
					a.meetingsCarried(), a.overdue(), date(a.lastReported()), date(a.closedOn()), a.silentDrop());
		}
		ageRows.flush();
		RowInserts countRows = new RowInserts(jdbc, "role_count", "period", "position", "role", "time_window", "raised",
				"closed", "open_count", "overdue", "carried", "distinct_total");
		for (int i = 0; i < counts.size(); i++) {
			RoleCounts.Row r = counts.get(i);
			countRows.add(p, i + 1, r.role(), r.window().csv(), r.raised(), r.closed(), r.open(), r.overdue(),
					r.carried(), r.distinctTotal());
		}
		countRows.flush();
		RowInserts topicRows = new RowInserts(jdbc, "topic_summary", "period", "position", "topic", "meetings",
				"first_seen", "last_seen", "longest_gap_days", "actions", "open_actions");
		for (int i = 0; i < topics.size(); i++) {
			TopicRecurrence.Summary t = topics.get(i);
			topicRows.add(p, i + 1, t.topic(), t.meetings(), date(t.firstSeen()), date(t.lastSeen()),
					t.longestGapDays(), t.actions(), t.openActions());
		}
		topicRows.flush();
	}

	private static ActionRow action(ResultSet rs, String ledger, List<RoleRef> owners) throws SQLException {
		String raisedIn = rs.getString("raised_in");
		return new ActionRow(rs.getString("action_id"), rs.getString("source_file"), rs.getInt("source_line"),
				ledger, rs.getDate("meeting_date").toLocalDate(), ActionKind.valueOf(rs.getString("kind")),
				rs.getString("text"), owners, Due.parse(rs.getString("due")),
				raisedIn == null ? null : YearMonth.parse(raisedIn), ActionStatus.valueOf(rs.getString("status")),
				rs.getString("update_text"), rs.getBoolean("restricted"), rs.getString("topic"),
				rs.getBoolean("item_paragraph"));
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
