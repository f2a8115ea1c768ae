package org.scrutiny.job;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Runs {@code scrutinyJob} once per command: reads the options, then either restarts the last run (when it failed and
 * was asked for with the same options) or starts a new one with the next run id. Sets the exit code in
 * {@link RunOutcome}; never lets a stack trace reach the console for a bad command line. With {@code --schedule} it
 * starts {@link ScheduledRuns} instead, which runs the same way each month.
 */
class ScrutinyLauncher implements ApplicationRunner {

	static final String RUN_ID = "run.id";

	private static final Logger log = LoggerFactory.getLogger(ScrutinyLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final ScrutinyProperties defaults;

	private final RunOutcome outcome;

	private final ScheduledRuns schedule;

	ScrutinyLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, ScrutinyProperties defaults,
			RunOutcome outcome, ScheduledRuns schedule) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.defaults = defaults;
		this.outcome = outcome;
		this.schedule = schedule;
	}

	@Override
	public void run(ApplicationArguments args) {
		outcome.set(launch(args));
	}

	ExitCode launch(ApplicationArguments args) {
		LaunchOptions options;
		try {
			options = LaunchOptions.parse(args, defaults);
		}
		catch (BadArgumentsException ex) {
			log.error("Bad arguments: {}", ex.getMessage());
			return ExitCode.BAD_ARGUMENTS;
		}
		if (options.schedule()) {
			if (!schedule.hasValidCron()) {
				log.error("Bad arguments: scrutiny.schedule.cron '{}' is not a cron expression (seconds minutes hours"
						+ " day-of-month month day-of-week, e.g. '{}')", schedule.cron(), ScheduledRuns.DEFAULT_CRON);
				return ExitCode.BAD_ARGUMENTS;
			}
			schedule.start(options, this::runOnce);
			outcome.stayUp();
			return ExitCode.COMPLETED;
		}
		return runOnce(options);
	}

	/** One run of the job for these options: a new run, or the restart of the last one. */
	ExitCode runOnce(LaunchOptions options) {
		log.info("Scrutiny: notes from {}, {} into {}, period {}", options.input(),
				options.publicOnly() ? "transparency outputs only" : "CSVs", options.output(),
				options.period() != null ? options.period() : "of the latest meeting stored");
		try {
			JobExecution execution = startOrRestart(options.toJobParameters());
			return execution.getStatus() == BatchStatus.COMPLETED ? ExitCode.COMPLETED : ExitCode.FAILED;
		}
		catch (Exception ex) {
			ExitCode exit = StartFailures.exitCode(ex);
			log.error("Scrutiny could not run: {}", StartFailures.rootMessage(ex));
			return exit;
		}
	}

	JobExecution startOrRestart(JobParameters requested) throws Exception {
		JobInstance last = jobRepository.getLastJobInstance(job.getName());
		if (last == null) {
			return start(requested, 1);
		}
		JobExecution previous = jobRepository.getLastJobExecution(last);
		if (previous == null) {
			return start(requested, last.getInstanceId() + 1);
		}
		if (previous.getStatus().isRunning()) {
			// Only one process can open the store, so a run still marked as running was cut short (a kill, a power
			// cut): mark it failed so that it can be restarted.
			log.warn("Run {} was cut short; marking it failed", previous.getJobParameters().getLong(RUN_ID));
			previous = jobOperator.recover(previous);
		}
		if (isRestartable(previous.getStatus()) && request(previous.getJobParameters()).equals(request(requested))) {
			log.info("Restarting run {}, which {}", previous.getJobParameters().getLong(RUN_ID),
					previous.getStatus().toString().toLowerCase(Locale.ROOT));
			return jobOperator.restart(previous);
		}
		return start(requested, previous.getJobParameters().getLong(RUN_ID, last.getInstanceId()) + 1);
	}

	private JobExecution start(JobParameters requested, long runId) throws Exception {
		log.info("Starting run {}", runId);
		return jobOperator.start(job, new JobParametersBuilder(requested).addLong(RUN_ID, runId).toJobParameters());
	}

	private static boolean isRestartable(BatchStatus status) {
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
	}

	/** The identifying parameters other than the run id: what the user asked for. */
	private static Map<String, Object> request(JobParameters parameters) {
		return parameters.getIdentifyingParameters()
			.stream()
			.filter(parameter -> !RUN_ID.equals(parameter.name()))
			.collect(Collectors.toMap(JobParameter::name, JobParameter::value));
	}

}
