package org.scrutiny.job;

import java.time.Clock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * The command-line entry: the launcher runs the job once the application has started, and its verdict becomes the exit
 * code. Tests that drive the job themselves switch the launcher off with {@code scrutiny.launcher.enabled=false}. The
 * store is locked before the database is opened ({@link StoreLock}), so a second run is refused at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScrutinyProperties.class)
class LaunchConfiguration {

	static final String DATA_SOURCE = "dataSource";

	static final String STORE_LOCK = "storeLock";

	@Bean
	RunOutcome runOutcome() {
		return new RunOutcome();
	}

	/** Today, for the period of a scheduled run and the check that no meeting is dated in the future. */
	@Bean
	@ConditionalOnMissingBean
	Clock scrutinyClock() {
		return Clock.systemDefaultZone();
	}

	@Bean(name = STORE_LOCK, destroyMethod = "close")
	StoreLock storeLock(Environment environment) {
		return StoreLock.acquire(environment.getProperty("spring.datasource.url"));
	}

	/** The store is locked before the datasource exists, and released after it has closed. */
	@Bean
	static BeanFactoryPostProcessor lockTheStoreFirst() {
		return beanFactory -> {
			if (beanFactory.containsBeanDefinition(DATA_SOURCE)) {
				BeanDefinition dataSource = beanFactory.getBeanDefinition(DATA_SOURCE);
				dataSource.setDependsOn(StringUtils.addStringToArray(dataSource.getDependsOn(), STORE_LOCK));
			}
		};
	}

	/** Each run's account in its period folder. */
	@Bean
	RunLogWriter runLogWriter(JdbcClient jdbcClient) {
		return new RunLogWriter(jdbcClient);
	}

	@Bean
	ScheduledRuns scheduledRuns(@Value("${scrutiny.schedule.cron:" + ScheduledRuns.DEFAULT_CRON + "}") String cron,
			Clock scrutinyClock) {
		return new ScheduledRuns(cron, scrutinyClock);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "scrutiny.launcher.enabled", matchIfMissing = true)
	ScrutinyLauncher scrutinyLauncher(JobOperator jobOperator, JobRepository jobRepository, Job scrutinyJob,
			ScrutinyProperties defaults, RunOutcome runOutcome, ScheduledRuns scheduledRuns) {
		return new ScrutinyLauncher(jobOperator, jobRepository, scrutinyJob, defaults, runOutcome, scheduledRuns);
	}

}
