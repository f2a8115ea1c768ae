package org.scrutiny.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduledRunsTests {

	/** 14 March 2026, mid-morning: the month just ended is February. */
	private static final Clock MID_MARCH = Clock.fixed(Instant.parse("2026-03-14T10:15:00Z"), ZoneOffset.UTC);

	@Test
	void theDefaultIsSixInTheMorningOnTheFirst() {
		assertThat(CronExpression.parse(ScheduledRuns.DEFAULT_CRON).next(LocalDateTime.of(2026, 3, 14, 10, 15)))
			.isEqualTo(LocalDateTime.of(2026, 4, 1, 6, 0));
		assertThat(CronExpression.parse(ScheduledRuns.DEFAULT_CRON).next(LocalDateTime.of(2026, 12, 1, 6, 0)))
			.isEqualTo(LocalDateTime.of(2027, 1, 1, 6, 0));
		assertThat(new ScheduledRuns(ScheduledRuns.DEFAULT_CRON, MID_MARCH).hasValidCron()).isTrue();
		assertThat(new ScheduledRuns("on the first", MID_MARCH).hasValidCron()).isFalse();
	}

	@Test
	void eachRunIsForTheMonthJustEnded() throws Exception {
		BlockingQueue<LaunchOptions> runs = new ArrayBlockingQueue<>(10);
		ScheduledRuns schedule = new ScheduledRuns("* * * * * *", MID_MARCH);
		LaunchOptions options = new LaunchOptions(Path.of("in"), Path.of("out"), null, true, true);
		try {
			schedule.start(options, run -> {
				runs.add(run);
				return ExitCode.COMPLETED;
			});
			LaunchOptions first = runs.poll(20, TimeUnit.SECONDS);
			assertThat(first).isEqualTo(new LaunchOptions(Path.of("in"), Path.of("out"), YearMonth.of(2026, 2), true,
					false));
		}
		finally {
			schedule.destroy();
		}
	}

}
