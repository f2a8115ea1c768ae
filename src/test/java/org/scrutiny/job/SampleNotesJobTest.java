package org.scrutiny.job;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole job on the five sample notes, in a temporary folder and a ledger emptied before each test (in memory, or
 * the PostgreSQL server of the {@code postgres} profile). The tests that extend it share one Spring context.
 */
@SpringBatchTest
@SpringBootTest(properties = { "scrutiny.launcher.enabled=false",
		"spring.datasource.url=${scrutiny.test.datasource.url:jdbc:hsqldb:mem:scrutiny-job-tests}" })
abstract class SampleNotesJobTest {

	@Autowired
	protected JobOperatorTestUtils jobs;

	@Autowired
	protected JobRepositoryTestUtils executions;

	@Autowired
	protected JdbcClient jdbc;

	@TempDir
	protected Path folder;

	protected Path input;

	protected Path output;

	@BeforeEach
	void emptyLedgerAndSampleNotes() {
		executions.removeJobExecutions();
		JobTestFiles.emptyStore(jdbc);
		input = JobTestFiles.seedsIn(folder.resolve("input"));
		output = folder.resolve("output");
	}

	/** The real published minutes of ../shared/real, which CI keeps beside the project. */
	protected static final Path REAL_MINUTES = Path.of("..", "shared", "real", "inputs");

	/** Copies a file of ../shared/real into the input folder; the test is skipped, saying why, where it is absent. */
	protected void copyRealMinutes(String name) throws java.io.IOException {
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(REAL_MINUTES.resolve(name)),
				"../shared/real is not beside the project: " + name + " is not read");
		java.nio.file.Files.copy(REAL_MINUTES.resolve(name), input.resolve(name));
	}

	/**
	 * Runs a new instance of the job; no period means the month of the latest meeting. (Returns a wrapper: the Batch
	 * test listeners call any method of a test that returns a JobExecution.)
	 */
	protected Run run(String period) throws Exception {
		JobParametersBuilder parameters = new JobParametersBuilder();
		if (period != null) {
			parameters.addString(LaunchOptions.PERIOD, period);
		}
		return new Run(jobs.startJob(parameters.addString(LaunchOptions.INPUT, input.toString())
			.addString(LaunchOptions.OUTPUT, output.toString())
			.addJobParameters(jobs.getUniqueJobParameters())
			.toJobParameters()));
	}

	protected record Run(JobExecution execution) {

		BatchStatus status() {
			return execution.getStatus();
		}

		long writeCount(String step) {
			return execution.getStepExecutions()
				.stream()
				.filter(stepExecution -> stepExecution.getStepName().equals(step))
				.mapToLong(StepExecution::getWriteCount)
				.sum();
		}

	}

}
