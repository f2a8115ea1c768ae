package org.scrutiny.store;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.Attendee;
import org.scrutiny.model.MarkedPassage;
import org.scrutiny.model.Meeting;
import org.scrutiny.model.RoleRef;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meeting tables: writes what the parser read from a file, replacing whatever was stored for that file before,
 * and moves the file to {@link DocumentState#STORED} in the same transaction.
 */
public class JdbcMeetingStore {

	/** Owners in the {@code owners} column: role codes joined by this. */
	public static final String OWNER_SEPARATOR = ";";

	private final JdbcClient jdbc;

	public JdbcMeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(ParsedFile file) {
		String sourceFile = file.sourceFile();
		RejectRows.deleteAll(jdbc, sourceFile);
		jdbc.sql("delete from meeting where source_file = ?").param(sourceFile).update();
		file.result().meeting().ifPresent(meeting -> insert(sourceFile, meeting));
		RejectRows.insertAll(jdbc, sourceFile, file.result().rejects());
		int moved = jdbc.sql("update source_document set " + Stage.STORE.moveOn() + " where source_file = ? and state = ?")
			.params(Stage.STORE.to.name(), sourceFile, Stage.STORE.from.name())
			.update();
		if (moved != 1) {
			throw new IllegalStateException(sourceFile + " is not waiting to be stored");
		}
	}

	/** The period a run is for: the one asked for, or else the month of the latest meeting stored, if any. */
	public Optional<YearMonth> period(YearMonth requested) {
		return requested != null ? Optional.of(requested) : latestMeetingMonth();
	}

	/** The month of the latest meeting stored, if any. */
	public Optional<YearMonth> latestMeetingMonth() {
		return jdbc.sql("select max(meeting_date) from meeting")
			.query(LocalDate.class)
			.optional()
			.map(YearMonth::from);
	}

	public LedgerCounts counts() {
		return new LedgerCounts(count("select count(*) from source_document"),
				count("select count(*) from source_document where state in ('" + DocumentState.REJECTED + "', '"
						+ DocumentState.DUPLICATE + "', '" + DocumentState.FAILED + "')"),
				count("select count(*) from meeting"),
				count("select count(*) from reject r join meeting m on m.source_file = r.source_file"),
				count("select count(*) from action where kind = '" + ActionKind.RAISED + "'"),
				count("select count(*) from action where kind = '" + ActionKind.BROUGHT_FORWARD + "' and not item_paragraph"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private void insert(String sourceFile, Meeting meeting) {
		jdbc.sql("insert into meeting (source_file, body, meeting_date, start_time, title, chair, venue, minutes_by,"
				+ " next_meeting) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(sourceFile, meeting.body(), Date.valueOf(meeting.date()),
					meeting.startTime() == null ? null : Time.valueOf(meeting.startTime()), meeting.title(),
					meeting.chair(), meeting.venue(), meeting.minutesBy(),
					meeting.nextMeeting() == null ? null : Date.valueOf(meeting.nextMeeting()))
			.update();
		RowInserts attendeeRows = new RowInserts(jdbc, "attendee", "source_file", "position", "name", "role",
				"role_title", "temporary", "status", "initials");
		List<Attendee> attendees = meeting.attendees();
		for (int i = 0; i < attendees.size(); i++) {
			Attendee attendee = attendees.get(i);
			attendeeRows.add(sourceFile, i + 1, attendee.name(), attendee.role().role().name(), attendee.role().title(),
					attendee.role().temporary(), attendee.status().name(), attendee.initials());
		}
		attendeeRows.flush();
		RowInserts actionRows = new RowInserts(jdbc, "action", "action_id", "source_file", "ordinal", "source_line",
				"kind", "text", "owners", "owner_names", "due", "raised_in", "status", "update_text", "restricted", "topic", "source_page", "item_paragraph");
		RowInserts ownerRows = new RowInserts(jdbc, "action_owner", "action_id", "position", "role", "role_title",
				"temporary", "person");
		List<Action> actions = meeting.actions();
		for (int i = 0; i < actions.size(); i++) {
			add(actionRows, ownerRows, sourceFile, i + 1, actions.get(i), false);
		}
		// the items' paragraphs after the actions, whose numbers (and so ids) stay those of notes read without them
		List<Action> paragraphs = meeting.itemParagraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			add(actionRows, ownerRows, sourceFile, actions.size() + i + 1, paragraphs.get(i), true);
		}
		actionRows.flush();
		ownerRows.flush();
		RowInserts markedRows = new RowInserts(jdbc, "marked_passage", "source_file", "position", "from_line",
				"to_line", "marking");
		List<MarkedPassage> marked = meeting.markedPassages();
		for (int i = 0; i < marked.size(); i++) {
			markedRows.add(sourceFile, i + 1, marked.get(i).fromLine(), marked.get(i).toLine(), marked.get(i).marking());
		}
		markedRows.flush();
	}

	/** The names of the owners that name someone, each once, in order. */
	private static String ownerNames(List<RoleRef> owners) {
		return owners.stream().map(RoleRef::ownerName).filter(name -> !name.isEmpty()).distinct()
			.collect(Collectors.joining(OWNER_SEPARATOR));
	}

	private static void add(RowInserts actionRows, RowInserts ownerRows, String sourceFile, int ordinal,
			Action action, boolean itemParagraph) {
		String actionId = ActionIds.of(sourceFile, ordinal);
		actionRows.add(actionId, sourceFile, ordinal, action.sourceLine(), action.kind().name(), action.text(),
				action.owners().stream().map(RoleRef::code).collect(Collectors.joining(OWNER_SEPARATOR)),
				ownerNames(action.owners()), action.due() == null ? null : action.due().toString(),
				action.raisedIn() == null ? null : action.raisedIn().toString(), action.status().name(), action.update(),
				action.restricted(), action.topic(), action.sourcePage(), itemParagraph);
		List<RoleRef> owners = action.owners();
		for (int i = 0; i < owners.size(); i++) {
			RoleRef owner = owners.get(i);
			ownerRows.add(actionId, i + 1, owner.role().name(), owner.title(), owner.temporary(), owner.person());
		}
	}

}
