package org.scrutiny.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.export.CsvColumns;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line over the job: exit codes, a new run after a completed one, the restart of a failed or cut-short
 * run by the same command.
 */
@SpringBatchTest
@SpringBootTest(properties = { "scrutiny.launcher.enabled=false",
		"spring.datasource.url=jdbc:hsqldb:mem:scrutiny-job-tests" })
class ScrutinyLauncherIntegrationTests {

	private static final String LATEST = "2020-11";

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private Job scrutinyJob;

	@Autowired
	private JobRepositoryTestUtils executions;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	private Path folder;

	private ScrutinyLauncher launcher;

	private String[] command;

	private Path output;

	@BeforeEach
	void emptyLedgerAndSampleNotes() {
		executions.removeJobExecutions();
		JobTestFiles.emptyStore(jdbc);
		Path input = JobTestFiles.seedsIn(folder.resolve("input"));
		output = folder.resolve("output");
		command = new String[] { "--input=" + input, "--output=" + output };
		launcher = new ScrutinyLauncher(jobOperator, jobRepository, scrutinyJob,
				new ScrutinyProperties(folder.resolve("unused"), folder.resolve("unused"), null, null), new RunOutcome(),
				new ScheduledRuns(ScheduledRuns.DEFAULT_CRON, Clock.systemUTC()));
	}

	@Test
	void aCompletedRunIsFollowedByANewOne() {
		assertThat(launch(command)).isEqualTo(ExitCode.COMPLETED);
		assertThat(launch(command)).isEqualTo(ExitCode.COMPLETED);
		List<Long> runIds = instances().stream()
			.map(instance -> jobRepository.getLastJobExecution(instance).getJobParameters().getLong("run.id"))
			.sorted()
			.toList();
		assertThat(runIds).hasSize(2);
		assertThat(runIds.get(1)).isEqualTo(runIds.get(0) + 1);
	}

	@Test
	void badArgumentsRunNothing() {
		assertThat(launch("--period=2020-13")).isEqualTo(ExitCode.BAD_ARGUMENTS);
		assertThat(launch("--colour=red")).isEqualTo(ExitCode.BAD_ARGUMENTS);
		assertThat(instances()).isEmpty();
	}

	@Test
	void theSameCommandRestartsAFailedRunWhereItStopped() throws Exception {
		Path blocked = Files.createDirectories(output).resolve(LATEST);
		Files.writeString(blocked, "a file where the period folder should go");
		assertThat(launch(command)).isEqualTo(ExitCode.FAILED);
		Files.delete(blocked);

		assertThat(launch(command)).isEqualTo(ExitCode.COMPLETED);

		assertThat(instances()).hasSize(1);
		List<JobExecution> runs = jobRepository.getJobExecutions(instances().get(0));
		assertThat(runs).extracting(JobExecution::getStatus)
			.containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED);
		assertThat(stepNames(runs, BatchStatus.COMPLETED)).startsWith("exportStep")
			.doesNotContain("ingestStep", "normaliseStep", "parseStep", "storeStep", "analyseStep");
		assertThat(output.resolve(LATEST).resolve(CsvColumns.MEETINGS_CSV)).isRegularFile();
	}

	@Test
	void theSameCommandRecoversARunThatWasCutShort() throws Exception {
		Path blocked = Files.createDirectories(output).resolve(LATEST);
		Files.writeString(blocked, "a file where the period folder should go");
		launch(command);
		Files.delete(blocked);
		markRunning(jobRepository.getLastJobExecution(instances().get(0)));

		assertThat(launch(command)).isEqualTo(ExitCode.COMPLETED);

		assertThat(instances()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from meeting").query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void anotherCommandAfterAFailureStartsAFreshRun() throws Exception {
		Path blocked = Files.createDirectories(output).resolve(LATEST);
		Files.writeString(blocked, "a file where the period folder should go");
		assertThat(launch(command)).isEqualTo(ExitCode.FAILED);

		assertThat(launch(command[0], command[1], "--period=2019-01")).isEqualTo(ExitCode.COMPLETED);

		assertThat(instances()).hasSize(2);
		assertThat(output.resolve("2019-01").resolve(CsvColumns.MEETINGS_CSV)).isRegularFile();
	}

	@Test
	void aPublicOnlyRunWritesNoInternalCsvAndSaysSoInTheRunLog() throws Exception {
		assertThat(launch(command[0], command[1], "--public-only")).isEqualTo(ExitCode.COMPLETED);

		assertThat(instances()).singleElement()
			.satisfies(instance -> assertThat(jobRepository.getLastJobExecution(instance)
				.getJobParameters()
				.getString(LaunchOptions.PUBLIC_ONLY)).isEqualTo("true"));
		try (var files = Files.list(output.resolve(LATEST))) {
			assertThat(files.map(file -> file.getFileName().toString())).contains(RunLogWriter.RUN_LOG)
				.noneMatch(name -> name.endsWith(".csv"));
		}
		assertThat(Files.readAllLines(output.resolve(LATEST).resolve(RunLogWriter.RUN_LOG)))
			.contains("input " + folder.resolve("input") + ", period of the latest meeting, public-only true")
			.noneMatch(line -> line.contains(".csv ("));
	}

	@Test
	void eachRunLeavesARunLogInItsPeriodFolder() throws Exception {
		Files.createFile(folder.resolve("input").resolve("empty.txt"));
		assertThat(launch(command)).isEqualTo(ExitCode.COMPLETED);

		List<String> log = Files.readAllLines(output.resolve(LATEST).resolve(RunLogWriter.RUN_LOG));
		assertThat(log.get(0)).startsWith("== scrutinyJob run 1").endsWith("COMPLETED ==");
		assertThat(log).anyMatch(line -> line.matches("  ingestStep +COMPLETED +\\d+\\.\\d\\d s  read 6, .*"))
			.anyMatch(line -> line.matches("  exportStep +COMPLETED .*"))
			.contains("  empty.txt: rejected: empty file", "  " + CsvColumns.ACTIONS_CSV + " ("
					+ Files.size(output.resolve(LATEST).resolve(CsvColumns.ACTIONS_CSV)) + " bytes)")
			.anyMatch(line -> line.startsWith("  " + JobTestFiles.MAY_2016 + ": stored, UTF-8, "));

		assertThat(launch(command)).isEqualTo(ExitCode.COMPLETED);
		assertThat(Files.readAllLines(output.resolve(LATEST).resolve(RunLogWriter.RUN_LOG)))
			.filteredOn(line -> line.startsWith("== scrutinyJob run "))
			.hasSize(2);
	}

	@Test
	void aScheduleWithABadCronIsABadArgument() {
		launcher = new ScrutinyLauncher(jobOperator, jobRepository, scrutinyJob,
				new ScrutinyProperties(folder.resolve("input"), output, null, null), new RunOutcome(),
				new ScheduledRuns("every month", Clock.systemUTC()));
		assertThat(launch("--schedule")).isEqualTo(ExitCode.BAD_ARGUMENTS);
		assertThat(instances()).isEmpty();
	}

	private ExitCode launch(String... args) {
		return launcher.launch(new DefaultApplicationArguments(args));
	}

	private List<JobInstance> instances() {
		return jobRepository.findJobInstances(scrutinyJob.getName());
	}

	private static List<String> stepNames(List<JobExecution> runs, BatchStatus status) {
		return runs.stream()
			.filter(run -> run.getStatus() == status)
			.flatMap(run -> run.getStepExecutions().stream())
			.map(StepExecution::getStepName)
			.toList();
	}

	/** What the repository holds after the process was killed in its last step. */
	private void markRunning(JobExecution execution) {
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus() == BatchStatus.FAILED) {
				step.setStatus(BatchStatus.STARTED);
				step.setEndTime(null);
				jobRepository.update(step);
			}
		}
		execution.setStatus(BatchStatus.STARTED);
		execution.setEndTime(null);
		jobRepository.update(execution);
	}

}
