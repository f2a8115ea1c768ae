package org.scrutiny.report;

import java.time.YearMonth;
import java.util.Arrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Run by {@code bench/reports}, not by the test suite: fill and export time of each report from a stored ledger, with
 * a warm JVM. Prints one line per report: {@code bench: report=... period=... median_ms=... min_ms=... max_ms=...}.
 */
public final class ReportBenchmark {

	private static final int WARM_UP = 3;

	private ReportBenchmark() {
	}

	/** {@code args}: the database URL, the period (YYYY-MM), the number of timed runs. */
	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		YearMonth period = YearMonth.parse(args[1]);
		int runs = Integer.parseInt(args[2]);
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(args[0], "SA", "", true);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		ReportRenderer renderer = new ReportRenderer();
		BoardPackData board = new BoardPackData(jdbc);
		TransparencyData transparency = new TransparencyData(jdbc);
		time("board-pack", period, runs, () -> renderer.render(board.forPeriod(period)));
		time("transparency-report", period, runs, () -> renderer.render(transparency.forPeriod(period)));
		dataSource.destroy();
	}

	private static void time(String report, YearMonth period, int runs, Runnable render) {
		for (int i = 0; i < WARM_UP; i++) {
			render.run();
		}
		long[] millis = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			render.run();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("bench: report=%s period=%s runs=%d median_ms=%d min_ms=%d max_ms=%d%n", report, period, runs,
				millis[runs / 2], millis[0], millis[runs - 1]);
	}

}
