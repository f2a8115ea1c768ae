package org.scrutiny.store;

import java.sql.Date;
import java.sql.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scrutiny.model.Meeting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A revised version of a meeting's notes: a file just stored whose meeting is the same as one stored from another file
 * (the same body and date, and no different start time), and no less complete, replaces it. The older file's meeting, people and actions go;
 * the file stays in {@code source_document} as {@link DocumentState#REPLACED}, with a reject row saying by which file,
 * and the {@code replacement} table records the pair. Run in the transaction that stores the new file. Taking the
 * revision out of the input folder, the original left in, restores the original ({@link #restoreWhereRevisionRemoved}).
 */
public class Replacements {

	/** Starts the reason in rejects.csv; the file name follows. */
	public static final String REPLACED_BY = "replaced by ";

	private static final String SAME_MEETING_SQL = """
			select source_file, start_time from meeting
			where body = ? and meeting_date = ? and source_file <> ?
			order by source_file""";

	private static final Logger log = LoggerFactory.getLogger(Replacements.class);

	private final JdbcClient jdbc;

	public Replacements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts the reason in rejects.csv for a file that reads as a shorter copy of one stored; the file name follows. */
	public static final String SHORTER_COPY_OF = "looks like a shorter or damaged copy of ";

	/**
	 * Replaces the meetings that this file's meeting revises; returns the files replaced. A revision is at least as
	 * complete as what it replaces: a file that stops inside its actions, or has fewer actions or fewer people than the
	 * stored notes of the same meeting (a download cut short, saved under another name), replaces nothing and is not
	 * stored itself.
	 */
	public List<String> record(ParsedFile file) {
		if (file.result().meeting().isEmpty()) {
			return List.of();
		}
		Meeting meeting = file.result().meeting().get();
		Date date = Date.valueOf(meeting.date());
		List<String> older = jdbc.sql(SAME_MEETING_SQL)
			.params(meeting.body(), date, file.sourceFile())
			.query((rs, row) -> {
				Time start = rs.getTime("start_time");
				boolean sameTime = start == null || meeting.startTime() == null
						|| start.toLocalTime().equals(meeting.startTime());
				return sameTime ? rs.getString("source_file") : null;
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
		for (String stored : older) {
			int actions = count("select count(*) from action where source_file = ?", stored);
			int people = count("select count(*) from attendee where source_file = ?", stored);
			if (file.result().cutOff() || meeting.actions().size() < actions || meeting.attendees().size() < people) {
				notStored(file.sourceFile(), stored, meeting, file.result().cutOff(), actions, people);
				return List.of();
			}
		}
		for (String replaced : older) {
			jdbc.sql("delete from meeting where source_file = ?").param(replaced).update();
			RejectRows.deleteAll(jdbc, replaced);
			RejectRows.insert(jdbc, replaced, 1, 0, REPLACED_BY + file.sourceFile()
					+ ", a revised version of the notes of the same meeting (" + meeting.date() + ")");
			jdbc.sql("update source_document set state = ?, normalised_text = null, parsed_json = null"
					+ " where source_file = ?")
				.params(DocumentState.REPLACED.name(), replaced)
				.update();
			jdbc.sql("delete from replacement where replaced_file = ?").param(replaced).update();
			jdbc.sql("insert into replacement (replaced_file, replaced_by, meeting_date) values (?, ?, ?)")
				.params(replaced, file.sourceFile(), date)
				.update();
			log.info("{}: replaces {}, the earlier notes of the same meeting", file.sourceFile(), replaced);
		}
		return older;
	}

	/**
	 * Undoes each replacement whose revision has been taken out of the input folder while the file it replaced is
	 * there: the user took the revision back (a wrong file, a bad copy that passed as complete). The revision's record
	 * and meeting go, and the original's record too, so that ingest reads it as new and stores its meeting again.
	 * Returns the files so restored. Safe to run again after a crash part way: each step is a delete.
	 *
	 * @param inInput the names of the files in the input folder
	 */
	public List<String> restoreWhereRevisionRemoved(Set<String> inInput) {
		List<String> restored = new ArrayList<>();
		List<String[]> pairs = jdbc.sql("select replaced_file, replaced_by from replacement order by replaced_file")
			.query((rs, row) -> new String[] { rs.getString("replaced_file"), rs.getString("replaced_by") })
			.list();
		for (String[] pair : pairs) {
			String original = pair[0];
			String revision = pair[1];
			if (inInput.contains(original) && !inInput.contains(revision)) {
				// deleting a record cascades to its meeting, people, actions, rejects and the replacement row
				jdbc.sql("delete from source_document where source_file = ?").param(revision).update();
				jdbc.sql("delete from source_document where source_file = ?").param(original).update();
				restored.add(original);
				log.info("{}: read again, as {}, which replaced it, is no longer in the input folder", original, revision);
			}
		}
		return restored;
	}

	/** The file just stored reads as a shorter copy of one stored: its meeting goes, a reject row says why. */
	private void notStored(String copy, String stored, Meeting meeting, boolean cutOff, int actions, int people) {
		jdbc.sql("delete from meeting where source_file = ?").param(copy).update();
		RejectRows.deleteAll(jdbc, copy);
		RejectRows.insert(jdbc, copy, 1, 0, SHORTER_COPY_OF + stored + ": not stored (%d actions and %d people%s, where %s has %d and %d)"
			.formatted(meeting.actions().size(), meeting.attendees().size(), cutOff ? ", and it stops inside its actions" : "",
					stored, actions, people));
		jdbc.sql("update source_document set state = ?, normalised_text = null, parsed_json = null where source_file = ?")
			.params(DocumentState.REJECTED.name(), copy)
			.update();
		log.warn("{}: looks like a shorter copy of {}: not stored", copy, stored);
	}

	private int count(String sql, String sourceFile) {
		return jdbc.sql(sql).param(sourceFile).query(Integer.class).single();
	}

}
