package org.scrutiny.job;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.export.CsvColumns;
import org.scrutiny.store.Replacements;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.job.JobTestFiles.csvBytes;
import static org.scrutiny.job.JobTestFiles.csvRows;

/**
 * Every kind of bad input of issue 6 in one input folder beside the five sample notes, read by one run of the job:
 * each bad file gets a named reason in rejects.csv (or is read correctly), and the rest of the run goes on. Today is
 * 15 January 2021 by the injected clock.
 */
@SpringBatchTest
@SpringBootTest(properties = { "scrutiny.launcher.enabled=false",
		"spring.datasource.url=jdbc:hsqldb:mem:scrutiny-bad-input-tests" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class BadInputJobTests {

	private static final String LATEST = "2020-11";

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Words of the protectively-marked passage of marked.txt (src/test/resources/marked), which no log may hold. */
	private static final List<String> MARKED_WORDS = List.of("Kestrel", "county lines", "Westgate", "informant");

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	private static Path folder;

	private Path input;

	private Path output;

	private Map<String, String> meetings;

	private Map<String, String> rejects;

	private String log;

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2021-01-15T09:00:00Z"), ZoneOffset.UTC);
		}

	}

	@BeforeAll
	void oneRunOverEveryKindOfBadInput(CapturedOutput captured) throws Exception {
		input = JobTestFiles.seedsIn(folder.resolve("input"));
		output = folder.resolve("output");
		Files.createFile(input.resolve("empty.txt"));
		Files.write(input.resolve("scan.pdf"), new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 0, 1, 2, (byte) 0xFF });
		Files.write(input.resolve("windows-1252.txt"), BadNotes.minutes("3 June 2019", "Costs rose.").getBytes(WINDOWS_1252));
		Files.write(input.resolve("zz-copy-of-windows-1252.txt"), Files.readAllBytes(input.resolve("windows-1252.txt")));
		Files.write(input.resolve("utf-16.txt"), BadNotes.utf16WithByteOrderMark(BadNotes.minutes("4 June 2019", "")));
		Files.writeString(input.resolve("page.html"), BadNotes.htmlPage(BadNotes.minutes("5 June 2019", "")));
		Files.writeString(input.resolve("long-line.txt"), BadNotes.minutes("6 June 2019", BadNotes.longLine(120_000)));
		Files.writeString(input.resolve("control-characters.txt"),
				BadNotes.minutes("7 June 2019", "The CC\u0007 presented\u001b[0m the budget.\u0000".replace("\u0000", "")));
		Files.writeString(input.resolve("cut-off.txt"), BadNotes.cutOff("10 June 2019"));
		Files.writeString(input.resolve("undated.txt"), BadNotes.minutes("", "").replace("Date: \n", ""));
		Files.writeString(input.resolve("no-year.txt"), BadNotes.minutes("Thursday 26 November", ""));
		Files.writeString(input.resolve("future.txt"), BadNotes.minutes("12 March 2021", ""));
		Files.writeString(input.resolve("marked.txt"),
				new String(getClass().getResourceAsStream("/marked/pab-marked-section.txt").readAllBytes(),
						StandardCharsets.UTF_8));
		Files.createDirectory(input.resolve("archive"));
		Files.createSymbolicLink(input.resolve("moved.txt"), folder.resolve("no-such-file.txt"));
		BadNotes.bigFile(input.resolve("huge.txt"), 50);

		Ran run = run();

		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		meetings = csvRows(output, LATEST, CsvColumns.MEETINGS_CSV).stream()
			.collect(Collectors.toMap(row -> row.get("source_file"), row -> row.get("meeting_date")));
		rejects = csvRows(output, LATEST, CsvColumns.REJECTS_CSV).stream()
			.filter(row -> row.get("line").equals("0"))
			.collect(Collectors.toMap(row -> row.get("source_file"), row -> row.get("reason")));
		log = captured.getOut() + captured.getErr();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			empty.txt                   | rejected: empty file
			scan.pdf                    | rejected: damaged PDF: it cannot be read
			huge.txt                    | rejected: too large to be meeting notes: 52428800 bytes
			undated.txt                 | rejected: no meeting date found
			no-year.txt                 | rejected: has no year
			future.txt                  | rejected: meeting date 2021-03-12 is in the future
			zz-copy-of-windows-1252.txt | rejected: same content as windows-1252.txt
			archive                     | rejected: a folder, not a file
			moved.txt                   | rejected: not a regular file
			windows-1252.txt            | stored: 2019-06-03
			utf-16.txt                  | stored: 2019-06-04
			page.html                   | stored: 2019-06-05
			long-line.txt               | stored: 2019-06-06
			control-characters.txt      | stored: 2019-06-07
			cut-off.txt                 | stored: 2019-06-10
			marked.txt                  | stored: 2019-05-14
			""")
	@Order(1)
	void eachBadFileIsRejectedWithItsReasonOrReadCorrectly(String file, String expected) {
		if (expected.startsWith("rejected: ")) {
			assertThat(rejects).containsKey(file);
			assertThat(rejects.get(file)).contains(expected.substring("rejected: ".length()));
			assertThat(meetings).doesNotContainKey(file);
		}
		else {
			assertThat(meetings).containsEntry(file, expected.substring("stored: ".length()));
			assertThat(rejects).doesNotContainKey(file);
		}
	}

	@Test
	@Order(2)
	void theRunGoesOnForTheRest() {
		assertThat(meetings).containsKeys(JobTestFiles.MARCH_2018, JobTestFiles.MAY_2016).hasSize(5 + 7);
		// the summary says it in a user's words: files refused apart from the lines of stored notes not read
		assertThat(log).containsPattern("COMPLETED in [0-9.]+ s: \\d+ files read, [1-9]\\d* files refused, 12 meetings stored, "
				+ "\\d+ lines? not read, \\d+ actions raised, \\d+ updates on earlier actions recorded; outputs in ");
	}

	@Test
	@Order(2)
	void readsPoundSignsAndCurlyQuotesInEveryEncoding() {
		for (String file : List.of("windows-1252.txt", "utf-16.txt", "page.html")) {
			assertThat(actionTexts(file)).as(file)
				.containsExactly("CC to report on the £1.2m “Bridge” budget to the next meeting.",
						"PCC to write to the ‘Home Office’ about the grant by July.");
		}
	}

	@Test
	@Order(2)
	void dropsControlCharacters() {
		assertThat(csvRows(output, LATEST, CsvColumns.ACTIONS_CSV)).filteredOn(row -> row.get("source_file")
			.equals("control-characters.txt")).hasSize(2).allSatisfy(row -> assertThat(row.values())
				.allSatisfy(cell -> assertThat(cell).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]")));
	}

	@Test
	@Order(2)
	void keepsTheActionsBeforeTheCut() {
		assertThat(actionTexts("cut-off.txt")).first()
			.isEqualTo("CC to report on the £1.2m “Bridge” budget to the next meeting.");
	}

	@Test
	@Order(2)
	void saysWhenTheNotesEndInsideTheActions() {
		assertThat(csvRows(output, LATEST, CsvColumns.REJECTS_CSV))
			.anySatisfy(row -> assertThat(row).containsEntry("source_file", "cut-off.txt")
				.extractingByKey("reason")
				.asString()
				.contains("end inside the actions"));
	}

	@Test
	@Order(2)
	void rejectsTheBigFileFromItsSizeWithoutReadingIt() {
		// rejected from its size before it is read: none of its 50 MB is held or stored
		assertThat(jdbc.sql("select state, raw_text from source_document where source_file = 'huge.txt'").query().singleRow())
			.containsEntry("STATE", "REJECTED")
			.containsEntry("RAW_TEXT", null);
	}

	@Test
	@Order(2)
	void nothingOfAProtectivelyMarkedPassageReachesTheLogs() throws IOException {
		String runLog = Files.readString(output.resolve(LATEST).resolve(RunLogWriter.RUN_LOG));
		assertThat(log).contains("marked.txt: 2019-05-14");
		for (String word : MARKED_WORDS) {
			assertThat(log).as("console log").doesNotContainIgnoringCase(word);
			assertThat(runLog).as("run log").doesNotContainIgnoringCase(word);
		}
	}

	@Test
	@Order(3)
	void aRevisedVersionOfAMeetingReplacesTheOlderAndTheReplacementIsRecorded() throws Exception {
		Files.writeString(input.resolve("utf-16-revised.txt"),
				BadNotes.minutes("4 June 2019", "").replace("by July", "by August"));

		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(actionTexts("utf-16-revised.txt")).contains("PCC to write to the ‘Home Office’ about the grant by August.");
		assertThat(actionTexts("utf-16.txt")).isEmpty();
		assertThat(jdbc.sql("select replaced_file || ' > ' || replaced_by || ' ' || meeting_date from replacement")
			.query(String.class)
			.list()).containsExactly("utf-16.txt > utf-16-revised.txt 2019-06-04");
		assertThat(csvRows(output, LATEST, CsvColumns.REJECTS_CSV)).contains(Map.of("source_file", "utf-16.txt", "line",
				"0", "reason", "replaced by utf-16-revised.txt, a revised version of the notes of the same meeting (2019-06-04)"));
		assertThat(csvRows(output, LATEST, CsvColumns.MEETINGS_CSV)).hasSize(5 + 7);
	}

	@Test
	@Order(4)
	void aRerunAfterThatAddsNothingAndWritesTheSameCsvs() throws Exception {
		Map<String, byte[]> before = csvs();
		long replacements = jdbc.sql("select count(*) from replacement").query(Long.class).single();

		Ran rerun = run();

		assertThat(rerun.getStepExecutions()).filteredOn(step -> List.of("normaliseStep", "parseStep", "storeStep")
			.contains(step.getStepName())).extracting(StepExecution::getWriteCount).containsOnly(0L);
		assertThat(jdbc.sql("select count(*) from replacement").query(Long.class).single()).isEqualTo(replacements);
		before.forEach((file, bytes) -> assertThat(csvBytes(output, LATEST, file)).as(file).isEqualTo(bytes));
	}

	@Test
	@Order(5)
	void aShorterCopyOfAStoredMeetingReplacesNothingAndIsNotStored() throws Exception {
		// the revised notes downloaded again, cut off mid-line, under another name: one action of two, as a broken download
		String revised = BadNotes.minutes("4 June 2019", "").replace("by July", "by August");
		Files.writeString(input.resolve("utf-16-revised-copy.txt"), revised.substring(0, revised.indexOf("Action: PCC") + 15));
		long replacements = jdbc.sql("select count(*) from replacement").query(Long.class).single();

		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(actionTexts("utf-16-revised.txt")).hasSize(2);
		assertThat(actionTexts("utf-16-revised-copy.txt")).isEmpty();
		assertThat(jdbc.sql("select count(*) from replacement").query(Long.class).single()).isEqualTo(replacements);
		assertThat(csvRows(output, LATEST, CsvColumns.REJECTS_CSV)).filteredOn(r -> r.get("source_file").equals("utf-16-revised-copy.txt"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("reason")).startsWith(Replacements.SHORTER_COPY_OF + "utf-16-revised.txt: not stored"));
		assertThat(csvRows(output, LATEST, CsvColumns.MEETINGS_CSV)).hasSize(5 + 7);
	}

	@Test
	@Order(6)
	void takingTheRevisionOutOfTheInputFolderRestoresTheOriginal() throws Exception {
		Files.delete(input.resolve("utf-16-revised.txt"));

		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(actionTexts("utf-16.txt")).contains("PCC to write to the ‘Home Office’ about the grant by July.");
		assertThat(actionTexts("utf-16-revised.txt")).isEmpty();
		assertThat(jdbc.sql("select count(*) from replacement").query(Long.class).single()).isZero();
		assertThat(csvRows(output, LATEST, CsvColumns.REJECTS_CSV)).noneMatch(r -> r.get("reason").startsWith(Replacements.REPLACED_BY));
		assertThat(csvRows(output, LATEST, CsvColumns.ACTIONS_CSV)).noneMatch(r -> r.get("source_file").equals("utf-16-revised.txt"));
		assertThat(csvRows(output, LATEST, CsvColumns.MEETINGS_CSV)).hasSize(5 + 7);
	}

	/** A new run of the job. (Wrapped: the Batch test listeners call any method of a test returning a JobExecution.) */
	private Ran run() throws Exception {
		return new Ran(jobs.startJob(new JobParametersBuilder().addString(LaunchOptions.INPUT, input.toString())
			.addString(LaunchOptions.OUTPUT, output.toString())
			.addJobParameters(jobs.getUniqueJobParameters())
			.toJobParameters()));
	}

	private record Ran(JobExecution execution) {

		BatchStatus getStatus() {
			return execution.getStatus();
		}

		java.util.Collection<StepExecution> getStepExecutions() {
			return execution.getStepExecutions();
		}

	}

	private List<String> actionTexts(String file) {
		return csvRows(output, LATEST, CsvColumns.ACTIONS_CSV).stream()
			.filter(row -> row.get("source_file").equals(file))
			.map(row -> row.get("text"))
			.toList();
	}

	private Map<String, byte[]> csvs() {
		return Stream
			.of(CsvColumns.MEETINGS_CSV, CsvColumns.ATTENDANCE_CSV, CsvColumns.ACTIONS_CSV, CsvColumns.REJECTS_CSV,
					CsvColumns.ROLE_COUNTS_CSV, CsvColumns.CARRY_FORWARD_CSV, CsvColumns.TOPIC_RECURRENCE_CSV,
					CsvColumns.TOPICS_CSV)
			.collect(Collectors.toMap(Function.identity(), file -> csvBytes(output, LATEST, file)));
	}

}
