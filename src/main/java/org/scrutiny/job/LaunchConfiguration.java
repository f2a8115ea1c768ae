package org.scrutiny.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command-line entry: the launcher runs the job once the application has started, and its verdict becomes the exit
 * code. Tests that drive the job themselves switch the launcher off with {@code scrutiny.launcher.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScrutinyProperties.class)
class LaunchConfiguration {

	@Bean
	RunOutcome runOutcome() {
		return new RunOutcome();
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "scrutiny.launcher.enabled", matchIfMissing = true)
	ScrutinyLauncher scrutinyLauncher(JobOperator jobOperator, JobRepository jobRepository, Job scrutinyJob,
			ScrutinyProperties defaults, RunOutcome runOutcome) {
		return new ScrutinyLauncher(jobOperator, jobRepository, scrutinyJob, defaults, runOutcome);
	}

}
