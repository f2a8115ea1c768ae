package org.scrutiny.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrutiny.ingest.InputFile;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Meeting;
import org.scrutiny.parse.ParseResult;
import org.scrutiny.store.JdbcMeetingStore;
import org.scrutiny.store.Meetings;
import org.scrutiny.store.ParsedFile;
import org.scrutiny.store.SourceDocuments;
import org.scrutiny.store.StagedText;
import org.scrutiny.store.TestLedger;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RejectOnFailureTests {

	private final DataSource dataSource = TestLedger.dataSource();

	private final JdbcClient jdbc = JdbcClient.create(dataSource);

	private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);

	private final RejectOnFailure rejectOnFailure = new RejectOnFailure(new SourceDocuments(jdbc), transactions);

	@BeforeEach
	void ingest() {
		new SourceDocuments(jdbc).ingest(new InputFile("a.txt", "aa", 5, "UTF-8", "notes", null));
	}

	@Test
	void passesAResultOn() throws Exception {
		StagedText parsed = new StagedText("a.txt", "{}");
		List<StagedText> written = new ArrayList<>();
		processAndWrite(lines -> parsed, written);

		assertThat(written).containsExactly(parsed);
		assertThat(rows("select state from source_document")).containsExactly("INGESTED");
	}

	@Test
	void setsAsideAFileTheProcessorThrowsOn() throws Exception {
		List<StagedText> written = new ArrayList<>();
		processAndWrite(lines -> {
			throw new IllegalStateException("no rule for this layout");
		}, written);

		assertThat(written).isEmpty();
		assertThat(rows("select state from source_document")).containsExactly("FAILED");
		assertThat(rows("select line || ' ' || reason from reject"))
			.containsExactly("0 could not be parsed: IllegalStateException: no rule for this layout");
	}

	@Test
	void leavesTheStoreAloneUntilTheChunkIsWritten() throws Exception {
		RejectOnFailure.Attempt<StagedText> attempt = rejectOnFailure.<StagedText>processor("could not be parsed",
				lines -> {
					throw new IllegalStateException("no rule for this layout");
				}).process(new StagedText("a.txt", "1\tnotes"));

		// processors run on worker threads, outside the chunk's transaction: nothing is written there
		assertThat(attempt.error()).hasMessage("no rule for this layout");
		assertThat(rows("select state from source_document")).containsExactly("INGESTED");
	}

	@Test
	void logsWhereItFailedButNeverTheMessageWhichCouldQuoteTheNotes(CapturedOutput output) throws Exception {
		processAndWrite(lines -> {
			throw new IllegalStateException("cannot read 'Operation Kestrel: the informant handling review'");
		}, new ArrayList<>());

		assertThat(output.getOut()).contains("a.txt: rejected: could not be parsed (IllegalStateException at ")
			.doesNotContain("Kestrel")
			.doesNotContain("informant");
		assertThat(rows("select reason from reject")).singleElement().asString().contains("Operation Kestrel");
	}

	@Test
	void rollsBackAndSetsAsideAFileThatCannotBeStored() throws Exception {
		TestLedger.markParsed(jdbc, "a.txt");
		Meeting sample = Meetings.sample("a.txt", LocalDate.of(2020, 1, 2)).meeting().orElseThrow();
		Action runaway = new Action(3, ActionKind.RAISED, "x".repeat(40_000), List.of(), null, null, ActionStatus.OPEN,
				"");
		Meeting tooLong = new Meeting("a.txt", sample.body(), sample.title(), sample.date(), sample.startTime(),
				sample.chair(), sample.venue(), sample.minutesBy(), null, sample.attendees(), List.of(runaway));
		JdbcMeetingStore store = new JdbcMeetingStore(jdbc);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			try {
				rejectOnFailure.writer("could not be stored", store::replace)
					.write(Chunk.of(new ParsedFile("a.txt", new ParseResult(Optional.of(tooLong), List.of()))));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(rows("select state from source_document")).containsExactly("FAILED");
		assertThat(rows("select reason from reject")).singleElement()
			.asString()
			.startsWith("could not be stored: DataIntegrityViolationException");
		assertThat(rows("select (select count(*) from meeting) + (select count(*) from attendee) from source_document"))
			.containsExactly("0");
	}

	/** Processes a.txt, then writes the attempt in a transaction, as a chunk does. */
	private void processAndWrite(ItemProcessor<StagedText, StagedText> processor, List<StagedText> written)
			throws Exception {
		RejectOnFailure.Attempt<StagedText> attempt = rejectOnFailure.processor("could not be parsed", processor)
			.process(new StagedText("a.txt", "1\tnotes"));
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			try {
				rejectOnFailure.writer((Chunk<? extends StagedText> chunk) -> written.addAll(chunk.getItems()))
					.write(Chunk.of(attempt));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private List<String> rows(String sql) {
		return jdbc.sql(sql).query((rs, row) -> rs.getString(1)).list();
	}

}
