package org.scrutiny.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.ScrutinyApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code kill -9} in the middle of every step, each time followed by the same command: the real application in
 * separate processes on one file database. The run that finally completes leaves the same rows and byte-identical CSVs
 * as a run never interrupted; and while a run holds the store, a second one is refused at once with exit code 3.
 */
class CrashRestartIntegrationTests {

	/** Where each attempt is killed: after so many files of a chunk step, after the work of a tasklet step. */
	private static final List<String> KILL_POINTS = List.of("ingestStep:3", "normaliseStep:2", "parseStep:2",
			"storeStep:2", "analyseStep:1", "exportStep:1", "reportStep:1");

	private static final List<String> TABLES = List.of("source_document", "meeting", "attendee", "action",
			"action_owner", "reject", "ledger_entry", "ledger_report", "carry_forward", "role_count", "topic_mention",
			"topic_summary");

	/** Generous for a loaded two-core machine: a start takes a few seconds. */
	private static final long PROCESS_TIMEOUT_SECONDS = 120;

	@TempDir
	private Path folder;

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void killedInEveryStepThenRunAgainLosesAndDuplicatesNothing() throws Exception {
		Path input = JobTestFiles.seedsIn(folder.resolve("input"));
		Files.createFile(input.resolve("empty.txt"));
		Files.writeString(input.resolve("zz-copy.txt"), Files.readString(input.resolve(JobTestFiles.MAY_2016)));

		for (String point : KILL_POINTS) {
			Child attempt = start("crashed", "--" + CrashPoint.PROPERTY + "=" + point);
			attempt.awaitCrashPoint(point);
			if (point.equals(KILL_POINTS.get(0))) {
				aSecondRunIsRefusedWhileThisOneHoldsTheStore();
			}
			attempt.process.destroyForcibly().waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		Child last = start("crashed");
		assertThat(last.awaitExit()).as(last.output()).isZero();
		Child uninterrupted = start("uninterrupted");
		assertThat(uninterrupted.awaitExit()).as(uninterrupted.output()).isZero();

		assertThat(csvs("crashed")).isNotEmpty().isEqualTo(csvs("uninterrupted"));
		assertThat(rows("crashed")).isEqualTo(rows("uninterrupted"));
		assertThat(rows("crashed")).containsEntry("meeting", 5L).containsEntry("source_document", 7L);
		assertThat(runs("crashed")).as("one run, restarted after each kill").containsExactly("1 COMPLETED");
		// the font copies of the child killed in its reports went when the next one started
		assertThat(FontCopies.copies(folder.resolve("tmp"))).isEmpty();
		assertThat(folder.resolve("tmp")).isEmptyDirectory();
	}

	private void aSecondRunIsRefusedWhileThisOneHoldsTheStore() throws Exception {
		long start = System.nanoTime();
		Child second = start("crashed");
		assertThat(second.awaitExit()).as(second.output()).isEqualTo(3);
		assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds to refuse").isLessThan(60);
		assertThat(second.output()).contains("ERROR Scrutiny did not run: another run holds the store (")
			.doesNotContain("\tat ");
	}

	/** The application in a new JVM on the store and output folder named {@code name}. */
	private Child start(String name, String... extra) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		// a temporary folder of the test's own, to see that no font copy is left in it
		Path temporary = Files.createDirectories(folder.resolve("tmp"));
		List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Xmx512m", "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC", "-Djava.io.tmpdir=" + temporary, "-cp",
				System.getProperty("java.class.path"),
				ScrutinyApplication.class.getName(), "--input=" + folder.resolve("input"),
				"--output=" + folder.resolve(name).resolve("output"), "--spring.datasource.url=" + url(name),
				"--spring.main.sources=" + CrashPoint.class.getName()));
		command.addAll(List.of(extra));
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
		return new Child(process);
	}

	/**
	 * The test's stores skip HSQLDB's own lock file, whose ten-second heartbeat would make each start after a kill
	 * wait; {@link StoreLock}, which the system releases at the kill, keeps one run at a time.
	 */
	private String url(String name) {
		return "jdbc:hsqldb:file:" + folder.resolve(name).resolve("db/scrutiny")
				+ ";shutdown=true;hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.lock_file=false";
	}

	private Map<String, String> csvs(String name) throws IOException {
		Map<String, String> csvs = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder.resolve(name).resolve("output/2020-11"))) {
			for (Path file : files.filter(file -> file.toString().endsWith(".csv")).sorted().toList()) {
				csvs.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return csvs;
	}

	private Map<String, Long> rows(String name) throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection db = DriverManager.getConnection(url(name), "SA", ""); Statement sql = db.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet count = sql.executeQuery("select count(*) from " + table)) {
					count.next();
					rows.put(table, count.getLong(1));
				}
			}
		}
		return rows;
	}

	private List<String> runs(String name) throws SQLException {
		List<String> runs = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(url(name), "SA", "");
				Statement sql = db.createStatement();
				ResultSet rs = sql.executeQuery("select count(distinct e.job_execution_id), max(i.job_instance_id), "
						+ "(select status from batch_job_execution order by job_execution_id desc limit 1) "
						+ "from batch_job_instance i join batch_job_execution e on e.job_instance_id = i.job_instance_id")) {
			rs.next();
			assertThat(rs.getLong(1)).as("executions: the first, one per restart").isEqualTo(KILL_POINTS.size() + 1);
			try (ResultSet instances = db.createStatement().executeQuery("select count(*) from batch_job_instance")) {
				instances.next();
				runs.add(instances.getLong(1) + " " + rs.getString(3));
			}
		}
		return runs;
	}

	/** A running child process and everything it has printed. */
	private static final class Child {

		final Process process;

		private final StringBuffer output = new StringBuffer();

		private final CompletableFuture<String> crashPoint = new CompletableFuture<>();

		Child(Process process) {
			this.process = process;
			Thread reader = new Thread(this::read, "child-output");
			reader.setDaemon(true);
			reader.start();
		}

		private void read() {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					output.append(line).append('\n');
					if (line.startsWith(CrashPoint.REACHED)) {
						crashPoint.complete(line);
					}
				}
			}
			catch (IOException ex) {
				// the process was killed
			}
			crashPoint.complete(null);
		}

		void awaitCrashPoint(String point) throws Exception {
			String reached = crashPoint.get(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (reached == null) {
				fail("the run ended before " + point + ":\n" + output);
			}
		}

		int awaitExit() throws InterruptedException {
			if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("the run did not end:\n" + output);
			}
			crashPoint.join();
			return process.exitValue();
		}

		String output() {
			return output.toString();
		}

	}

}
