package org.scrutiny.store;

import java.util.Objects;
import java.util.Optional;

import org.scrutiny.ingest.InputFile;
import org.scrutiny.parse.ReadingRules;
import org.scrutiny.store.IngestOutcome.Change;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code source_document} table at ingest: records each file of the input folder once per content.
 * <ul>
 * <li>A file already stored under the same name with the same checksum is left alone, whatever state it is in, so a
 * rerun adds nothing and a run cut short carries on from that state; except a file that failed, which is tried
 * again, and one read to the end by older reading rules ({@link ReadingRules}), which is read again.</li>
 * <li>A new or changed file replaces whatever was read from that name before: deleting its row cascades to its
 * meeting, attendees, actions and rejects.</li>
 * <li>A file whose content is already stored under another name is recorded as a duplicate with a reject row.</li>
 * </ul>
 */
public class SourceDocuments {

	static final String SAME_CONTENT_AS = "same content as ";

	private final JdbcClient jdbc;

	public SourceDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public IngestOutcome ingest(InputFile file) {
		Optional<Stored> stored = jdbc.sql("select checksum, state, read_by from source_document where source_file = ?")
			.param(file.name())
			.query((rs, row) -> new Stored(rs.getString("checksum"), DocumentState.valueOf(rs.getString("state")),
					rs.getString("read_by")))
			.optional();
		boolean same = stored.isPresent() && Objects.equals(stored.get().checksum(), file.checksum());
		if (same && stored.get().state() != DocumentState.FAILED && !stored.get().readByOlderRules()) {
			return new IngestOutcome(Change.UNCHANGED, stored.get().state(), null);
		}
		Change change = !same ? stored.isPresent() ? Change.CHANGED : Change.NEW
				: stored.get().state() == DocumentState.FAILED ? Change.RETRIED : Change.REREAD;
		jdbc.sql("delete from source_document where source_file = ?").param(file.name()).update();
		if (file.isRejected()) {
			insert(file, DocumentState.REJECTED, null);
			RejectRows.insert(jdbc, file.name(), 1, 0, file.rejection());
			return new IngestOutcome(change, DocumentState.REJECTED, file.rejection());
		}
		Optional<String> original = firstWithContent(file.checksum());
		if (original.isPresent()) {
			String reason = SAME_CONTENT_AS + original.get();
			insert(file, DocumentState.DUPLICATE, null);
			RejectRows.insert(jdbc, file.name(), 1, 0, reason);
			return new IngestOutcome(change, DocumentState.DUPLICATE, reason);
		}
		insert(file, DocumentState.INGESTED, file.text());
		return new IngestOutcome(change, DocumentState.INGESTED, null);
	}

	/**
	 * Sets a file aside that a later step could not handle, with the reason; the next run tries it again.
	 */
	public void setAside(String sourceFile, String reason) {
		RejectRows.deleteAll(jdbc, sourceFile);
		jdbc.sql("delete from meeting where source_file = ?").param(sourceFile).update();
		RejectRows.insert(jdbc, sourceFile, 1, 0, reason);
		jdbc.sql("update source_document set state = ? where source_file = ?")
			.params(DocumentState.FAILED.name(), sourceFile)
			.update();
	}

	private Optional<String> firstWithContent(String checksum) {
		return jdbc
			.sql("select source_file from source_document where checksum = :checksum and state in (:accepted)"
					+ " order by source_file")
			.param("checksum", checksum)
			.param("accepted", DocumentState.ACCEPTED)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	private record Stored(String checksum, DocumentState state, String readBy) {

		/**
		 * Read to the end by rules older than the program's: a run cut short carries on as it was, whatever rules it
		 * started with, as the steps left read it with today's.
		 */
		boolean readByOlderRules() {
			boolean finished = state == DocumentState.STORED || state == DocumentState.REJECTED
					|| state == DocumentState.DUPLICATE;
			return finished && !ReadingRules.VERSION.equals(readBy);
		}

	}

	private void insert(InputFile file, DocumentState state, String rawText) {
		jdbc.sql("insert into source_document (source_file, checksum, size_bytes, charset, state, raw_text, read_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(file.name(), file.checksum(), file.size(), file.charset(), state.name(), rawText, ReadingRules.VERSION)
			.update();
	}

}
