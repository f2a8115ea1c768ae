package org.scrutiny.job;

import java.time.Clock;
import java.time.YearMonth;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Schedule mode ({@code --schedule}): stays up and starts a run on Spring's scheduler at each time of the cron
 * expression ({@code scrutiny.schedule.cron}, by default {@value #DEFAULT_CRON}: 06:00 on the 1st), each for the
 * month just ended. One run at a time: a run still going when the next is due delays it.
 */
class ScheduledRuns implements DisposableBean {

	/** Seconds, minutes, hours, day of month, month, day of week: 06:00:00 on the 1st of every month. */
	static final String DEFAULT_CRON = "0 0 6 1 * *";

	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	private final String cron;

	private final Clock clock;

	private ThreadPoolTaskScheduler scheduler;

	ScheduledRuns(String cron, Clock clock) {
		this.cron = cron;
		this.clock = clock;
	}

	/** Whether the cron expression can be scheduled; checked with the other arguments. */
	boolean hasValidCron() {
		return CronExpression.isValidExpression(cron);
	}

	String cron() {
		return cron;
	}

	/** Starts the schedule; each run calls {@code run} with the options for the month just ended. */
	synchronized void start(LaunchOptions options, Function<LaunchOptions, ExitCode> run) {
		if (scheduler != null) {
			throw new IllegalStateException("the schedule is already started");
		}
		scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("scrutiny-schedule-");
		scheduler.setClock(clock);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.initialize();
		scheduler.schedule(() -> runOnce(options, run), new CronTrigger(cron, clock.getZone()));
		log.info("Scrutiny is scheduled ('{}'): next run at {}, for the month just ended; stop it with Ctrl-C or"
				+ " SIGTERM", cron, next());
	}

	/** The month a run started now reports on: the month just ended. */
	YearMonth periodNow() {
		return YearMonth.now(clock).minusMonths(1);
	}

	private void runOnce(LaunchOptions options, Function<LaunchOptions, ExitCode> run) {
		YearMonth period = periodNow();
		log.info("Scheduled run for {}", period);
		try {
			ExitCode exit = run.apply(options.forPeriod(period));
			log.info("Scheduled run for {} ended with exit code {}; next run at {}", period, exit.code, next());
		}
		catch (RuntimeException ex) {
			log.error("Scheduled run for {} failed: {}; next run at {}", period, StartFailures.rootMessage(ex), next());
		}
	}

	private Object next() {
		return CronExpression.parse(cron).next(clock.instant().atZone(clock.getZone()).toLocalDateTime());
	}

	@Override
	public synchronized void destroy() {
		if (scheduler != null) {
			scheduler.shutdown();
		}
	}

}
