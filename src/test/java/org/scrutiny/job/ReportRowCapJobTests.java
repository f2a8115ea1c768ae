package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.report.PdfUaConformance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cap on the reports' long lists as a reader checks it: the job run on the sample notes for March 2018 with
 * {@code scrutiny.report.max-rows=2}, both PDFs read with PDFBox. Of the 22 open actions (carry-forward.csv's open
 * rows) each report prints the 2 oldest and then says that the other 20 are in carry-forward.csv; the figures still
 * count all 22; a list of exactly 2 (the rejects) is printed whole, with no such sentence; the public report stays
 * PDF/UA-1. Also run against PostgreSQL by the {@code postgres} profile, for the reports' SQL.
 */
@SpringBatchTest
@SpringBootTest(properties = { "scrutiny.launcher.enabled=false", "scrutiny.report.max-rows=2",
		"spring.datasource.url=${scrutiny.test.datasource.url:jdbc:hsqldb:mem:scrutiny-row-cap-tests}" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRowCapJobTests {

	// matches: an action log row's age ("58 days", "1 day"); the intros say "days" without a number before it
	private static final Pattern AGE = Pattern.compile("\\b\\d[\\d,]* days?\\b");


	/** The two oldest open actions of March 2018, the first two open rows of carry-forward.csv. */
	private static final String[] TWO_OLDEST = { "The status and delivery time of Track my Crime",
			"Opportunities for officer soft skills training to be considered." };

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private JobRepositoryTestUtils executions;

	@Autowired
	private JdbcClient jdbc;

	private Path period;

	private String board;

	private String transparency;

	@BeforeAll
	void runTheJobWithACapOfTwo(@TempDir Path folder) throws Exception {
		executions.removeJobExecutions();
		JobTestFiles.emptyStore(jdbc);
		Path out = folder.resolve("out");
		JobParametersBuilder parameters = new JobParametersBuilder()
			.addString(LaunchOptions.INPUT, JobTestFiles.seedsIn(folder.resolve("seeds")).toString())
			.addString(LaunchOptions.OUTPUT, out.toString())
			.addString(LaunchOptions.PERIOD, "2018-03");
		assertThat(jobs.startJob(parameters.addJobParameters(jobs.getUniqueJobParameters()).toJobParameters())
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		period = out.resolve("2018-03");
		board = PdfText.of(period.resolve("board-pack.pdf"));
		transparency = PdfText.of(period.resolve("transparency-report.pdf"));
	}

	@Test
	void carryForwardCsvHoldsAllTwentyTwoOpenActions() throws IOException {
		List<String> open = Files.readAllLines(period.resolve("carry-forward.csv"))
			.stream()
			.filter(line -> line.contains(",open,"))
			.toList();
		assertThat(open).hasSize(22);
		assertThat(open.get(0)).contains(TWO_OLDEST[0]);
		assertThat(open.get(1)).contains(TWO_OLDEST[1]);
	}

	@Test
	void boardPackPrintsTheTwoOldestOpenActionsThenSaysWhereTheOtherTwentyAre() {
		String log = between(board, "Open action log by age", "Actions by role");
		String note = "Only the oldest 2 of the 22 open actions are listed above. The other 20 are in "
				+ "carry-forward.csv, in the same folder as this pack, which lists every action oldest first; open "
				+ "ones have the status open.";
		assertThat(log).startsWith(" 22 actions are open, oldest first; 2 overdue").contains(TWO_OLDEST);
		assertThat(PdfText.after(log, TWO_OLDEST[1])).contains(note);
		assertThat(rows(log)).isEqualTo(2);
		assertThat(board).contains("Actions open 22 not yet done", "Actions overdue 2 open and past");
	}

	@Test
	void boardPackCapsTheSilentDropsButPrintsAListOfExactlyTheCapWhole() {
		String drops = between(board, "Silent drops", "Annex: data quality");
		assertThat(rows(drops)).isEqualTo(2);
		assertThat(drops).startsWith(" 9 actions were raised at a meeting and never reported on")
			.contains("Only the oldest 2 of the 9 silently dropped actions are listed above. The other 7 are in "
					+ "carry-forward.csv, in the same folder as this pack, where their silent_drop column says true.");
		String rejects = between(board, "Rejected files and lines", "Actions without a resolved owner");
		assertThat(rejects).contains("2 files or lines could not be read.", "002_5b8935b430f6f38f.txt",
				"004_8626e42c9b0b5695.txt").doesNotContain("Only the", "rejects.csv");
	}

	@Test
	void transparencyReportPrintsTheTwoOldestOpenActionsThenSaysHowManyMore() {
		String log = between(transparency, "Actions still open", "Who is responsible for actions");
		assertThat(rows(log)).isEqualTo(2);
		assertThat(log).startsWith(" 22 actions are still open, oldest first; 2 overdue").contains(TWO_OLDEST);
		assertThat(PdfText.after(log, TWO_OLDEST[1])).contains("Only the oldest 2 of the 22 open actions are listed above. "
				+ "The other 20 are in the full action log that the Commissioner's office keeps (the file "
				+ "carry-forward.csv).");
		assertThat(transparency).contains("Actions open 22 not yet done");
	}

	@Test
	void transparencyReportWithCutListsIsStillPdfUa1() {
		assertThat(PdfUaConformance.failedRules(period.resolve("transparency-report.pdf"))).isEmpty();
	}

	/** The rows of an action log: each has an age in days. */
	private static int rows(String section) {
		Matcher ages = AGE.matcher(section);
		int rows = 0;
		while (ages.find()) {
			rows++;
		}
		return rows;
	}

	private static String between(String text, String heading, String nextHeading) {
		int from = text.indexOf(heading);
		assertThat(from).as("'%s' in the PDF", heading).isNotNegative();
		int to = text.indexOf(nextHeading, from);
		assertThat(to).as("'%s' after '%s' in the PDF", nextHeading, heading).isGreaterThan(from);
		return text.substring(from + heading.length(), to);
	}



}
