package org.scrutiny.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.ingest.InputFile;
import org.scrutiny.ingest.InputFileReader;
import org.scrutiny.store.IngestOutcome.Change;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class SourceDocumentsTests {

	private final JdbcClient jdbc = TestLedger.create();

	private final SourceDocuments documents = new SourceDocuments(jdbc);

	@TempDir
	private Path folder;

	@Test
	void recordsANewFileWithItsText() throws Exception {
		IngestOutcome outcome = documents.ingest(file("a.txt", "Notes £"));
		assertThat(outcome).isEqualTo(new IngestOutcome(Change.NEW, DocumentState.INGESTED, null));
		assertThat(jdbc.sql("select source_file, size_bytes, charset, state, raw_text from source_document")
			.query()
			.singleRow()).containsEntry("SOURCE_FILE", "a.txt")
			.containsEntry("SIZE_BYTES", 8L)
			.containsEntry("CHARSET", "UTF-8")
			.containsEntry("STATE", "INGESTED")
			.containsEntry("RAW_TEXT", "Notes £");
	}

	@Test
	void leavesAnUnchangedFileInTheStateItReached() throws Exception {
		documents.ingest(file("a.txt", "Notes"));
		jdbc.sql("update source_document set state = 'STORED'").update();
		assertThat(documents.ingest(file("a.txt", "Notes")))
			.isEqualTo(new IngestOutcome(Change.UNCHANGED, DocumentState.STORED, null));
		assertThat(states()).containsExactly("a.txt STORED");
	}

	@Test
	void replacesWhatWasStoredFromAChangedFile() throws Exception {
		documents.ingest(file("a.txt", "Notes"));
		TestLedger.markParsed(jdbc, "a.txt");
		new JdbcMeetingStore(jdbc).replace(new ParsedFile("a.txt", Meetings.sample("a.txt", LocalDate.of(2020, 1, 2))));
		assertThat(count("meeting")).isOne();

		IngestOutcome outcome = documents.ingest(file("a.txt", "Notes, revised"));

		assertThat(outcome.change()).isEqualTo(Change.CHANGED);
		assertThat(states()).containsExactly("a.txt INGESTED");
		assertThat(count("meeting") + count("attendee") + count("action") + count("action_owner") + count("reject"))
			.isZero();
	}

	@Test
	void recordsTheSameContentUnderAnotherNameOnceWithAReject() throws Exception {
		documents.ingest(file("a.txt", "Notes"));
		IngestOutcome outcome = documents.ingest(file("copy of a.txt", "Notes"));
		assertThat(outcome.state()).isEqualTo(DocumentState.DUPLICATE);
		assertThat(states()).containsExactly("a.txt INGESTED", "copy of a.txt DUPLICATE");
		assertThat(rejects()).containsExactly("copy of a.txt 0 same content as a.txt");
		assertThat(documents.ingest(file("copy of a.txt", "Notes")).change()).isEqualTo(Change.UNCHANGED);
		assertThat(rejects()).containsExactly("copy of a.txt 0 same content as a.txt");
	}

	@Test
	void recordsARejectedFileWithItsReasonOnce() throws Exception {
		documents.ingest(file("empty.txt", ""));
		documents.ingest(file("empty too.txt", ""));
		documents.ingest(file("empty.txt", ""));
		assertThat(states()).containsExactly("empty too.txt REJECTED", "empty.txt REJECTED");
		assertThat(rejects()).containsExactly("empty too.txt 0 empty file", "empty.txt 0 empty file");
	}

	@Test
	void acceptsAFileThatWasRejectedOnceItHasText() throws Exception {
		documents.ingest(file("a.txt", ""));
		assertThat(documents.ingest(file("a.txt", "Notes")).state()).isEqualTo(DocumentState.INGESTED);
		assertThat(rejects()).isEmpty();
	}

	@Test
	void triesAFileThatFailedAgain() throws Exception {
		documents.ingest(file("a.txt", "Notes"));
		documents.setAside("a.txt", "could not be parsed: IllegalStateException: boom");
		assertThat(states()).containsExactly("a.txt FAILED");
		assertThat(rejects()).containsExactly("a.txt 0 could not be parsed: IllegalStateException: boom");

		assertThat(documents.ingest(file("a.txt", "Notes")))
			.isEqualTo(new IngestOutcome(Change.RETRIED, DocumentState.INGESTED, null));
		assertThat(rejects()).isEmpty();
	}

	private InputFile file(String name, String text) throws Exception {
		return new InputFileReader().read(Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8));
	}

	private List<String> states() {
		return jdbc.sql("select source_file || ' ' || state from source_document order by source_file")
			.query(String.class)
			.list();
	}

	private List<String> rejects() {
		return jdbc.sql("select source_file || ' ' || line || ' ' || reason from reject order by source_file")
			.query(String.class)
			.list();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
