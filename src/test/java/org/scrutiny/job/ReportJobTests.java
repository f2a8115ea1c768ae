package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
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
 * The PDFs as a reader sees them: the job run on the sample notes, both reports opened with PDFBox and their text
 * checked; the public one checked for names and marked material, and by veraPDF for PDF/UA-1.
 */
@SpringBatchTest
@SpringBootTest(properties = { "scrutiny.launcher.enabled=false",
		"spring.datasource.url=jdbc:hsqldb:mem:scrutiny-report-tests" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportJobTests {

	/** Staff below chief officer rank in the samples' attendance lists. */
	private static final String[] JUNIOR_STAFF = { "Jackie Irvin", "Charity Pearce", "Natasha Noorbakhsh",
			"Catherine Allsopp", "Lucy Grant" };

	/** From the OFFICIAL-SENSITIVE section of marked/pab-marked-section.txt. */
	private static final String MARKED_ACTION = "informant handling review";


	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private JobRepositoryTestUtils executions;

	@Autowired
	private JdbcClient jdbc;

	private String march2018Board;

	private String march2018Public;

	private Path november2020Public;

	private String november2020Board;

	private Path publicOnly;

	@BeforeAll
	void runTheJob(@TempDir Path folder) throws Exception {
		executions.removeJobExecutions();
		JobTestFiles.emptyStore(jdbc);
		Path seeds = JobTestFiles.seedsIn(folder.resolve("seeds"));
		Path out = folder.resolve("out");
		assertThat(run(seeds, out, "2018-03", false)).isEqualTo(BatchStatus.COMPLETED);
		march2018Board = PdfText.of(out.resolve("2018-03/board-pack.pdf"));
		march2018Public = PdfText.of(out.resolve("2018-03/transparency-report.pdf"));
		publicOnly = folder.resolve("public");
		assertThat(run(seeds, publicOnly, "2018-03", true)).isEqualTo(BatchStatus.COMPLETED);

		Path marked = JobTestFiles.seedsIn(folder.resolve("marked"));
		Files.copy(Path.of(getClass().getResource("/marked/pab-marked-section.txt").toURI()),
				marked.resolve("pab-marked-section.txt"));
		JobTestFiles.emptyStore(jdbc);
		assertThat(run(marked, out, "2020-11", false)).isEqualTo(BatchStatus.COMPLETED);
		november2020Board = PdfText.of(out.resolve("2020-11/board-pack.pdf"));
		november2020Public = out.resolve("2020-11/transparency-report.pdf");
	}

	@Nested
	class BoardPack {

		@Test
		void coversThePeriodWithTheAnalyticsFigures() {
			assertThat(march2018Board).contains("Board pack", "Period: March 2018", "Figures as at 31 Mar 2018",
					"000_57939b0d5e07704e.txt")
				.contains("Actions raised 12 agreed", "Actions closed 3 reported", "Actions open 22 not yet",
						"Actions overdue 2 open and past");
		}

		@Test
		void namesTheOldestOpenActionAndTracesEachActionToItsLine() {
			assertThat(march2018Board).contains("Oldest open action 669 days CC: The status and delivery time of Track my Crime");
			// raised in February 2018, reported "Ongoing" on 27 March: owner CEX, 58 days old at 31 March
			assertThat(PdfText.after(PdfText.after(march2018Board, "Open action log by age"), "reinvigorate local partner buy in.")).startsWith(
					" Source: meeting of 27 Mar 2018, line 41 CEX Feb 2018 58 days Not set Open, no due date");
			// the meeting's notes named once, in the annex, not in every row
			assertThat(PdfText.after(march2018Board, "Source notes of the meetings cited")).contains("27 Mar 2018 000_57939b0d5e07704e.txt");
		}

		@Test
		void explainsTheAcronymsItsActionsUse() {
			// spelt out where the notes cited do ("Incident Management Unit (IMU)"), else a role's title, else said so
			assertThat(PdfText.after(PdfText.before(march2018Board, "Source notes of the meetings cited"), "Acronyms"))
				.contains("IMU Incident Management Unit", "LCJB Local Criminal Justice Board", "DCC Deputy Chief Constable",
						"HTA Not spelt out in the notes");
		}

		@Test
		void marksOverdueActionsInWords() {
			assertThat(PdfText.after(march2018Board, "PCC to be given a debrief on the post")).contains("Mar 2017 OVERDUE (open)");
		}

		@Test
		void keepsMarkedMaterialFlaggedAndNamesEveryone() {
			assertThat(november2020Board).contains("[NOT FOR PUBLICATION] CC to brief the PCC privately on the " + MARKED_ACTION)
				.contains("Jackie Irvin (SPM)", "Charity Pearce (PO)");
		}

	}

	@Nested
	class TransparencyReport {

		@Test
		void givesTheSameFiguresInPlainLanguage() {
			assertThat(march2018Public).contains("Holding the police to account", "Monthly Assurance Meeting, March 2018",
					"The figures at a glance", "What was agreed", "Actions still open")
				.contains("Actions raised 12 agreed", "Actions closed 3 reported", "Actions open 22 not yet",
						"Actions overdue 2 open and past")
				.contains("Oldest open action 669 days Chief Constable: The status and delivery time");
			assertThat(PdfText.after(PdfText.after(march2018Public, "Actions still open"), "reinvigorate local partner buy in.")).startsWith(" Chief Executive Feb 2018 58 days");
		}

		@Test
		void showsStaffBelowChiefOfficerRankByRoleOnly() throws IOException {
			String text = PdfText.of(november2020Public);
			assertThat(text).contains("John Campion, Police and Crime Commissioner", "Senior Policy Manager",
					"Staff Officer");
			assertThat(text).doesNotContain(JUNIOR_STAFF);
			assertThat(march2018Public).doesNotContain(JUNIOR_STAFF).doesNotContain("000_57939b0d5e07704e.txt");
		}

		@Test
		void leavesOutMarkedMaterial() throws IOException {
			assertThat(november2020Board).contains(MARKED_ACTION);
			assertThat(PdfText.of(november2020Public)).doesNotContain(MARKED_ACTION, "Operation Kestrel", "covert",
					"NOT FOR PUBLICATION");
		}

		@Test
		void isPdfUa1Conformant() throws IOException {
			assertThat(PdfUaConformance.failedRules(november2020Public)).isEmpty();
			try (PDDocument pdf = Loader.loadPDF(november2020Public.toFile())) {
				assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
				assertThat(pdf.getDocumentInformation().getTitle())
					.isEqualTo("Holding the police to account: Monthly Assurance Meeting, November 2020");
				assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			}
		}

		@Test
		void isTheOnlyReportOfAPublicOnlyRun() {
			assertThat(publicOnly.resolve("2018-03/transparency-report.pdf")).exists();
			assertThat(publicOnly.resolve("2018-03/board-pack.pdf")).doesNotExist();
		}

	}

	private BatchStatus run(Path input, Path output, String period, boolean publicOnlyRun) throws Exception {
		JobParametersBuilder parameters = new JobParametersBuilder().addString(LaunchOptions.INPUT, input.toString())
			.addString(LaunchOptions.OUTPUT, output.toString())
			.addString(LaunchOptions.PERIOD, period);
		if (publicOnlyRun) {
			parameters.addString(LaunchOptions.PUBLIC_ONLY, "true");
		}
		return jobs.startJob(parameters.addJobParameters(jobs.getUniqueJobParameters()).toJobParameters()).getStatus();
	}

	/**
	 * The text in content order, which is the tagged reading order (a table row's cells follow one another), with every
	 * run of white space as one space, so that a wrapped cell reads as one line.
	 */


}
