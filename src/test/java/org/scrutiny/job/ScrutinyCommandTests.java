package org.scrutiny.job;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.ScrutinyApplication;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process's side of the command line: {@code --help}, and a store held by another run. Starts the real application
 * in this JVM (no test context).
 */
@ExtendWith(OutputCaptureExtension.class)
class ScrutinyCommandTests {

	@TempDir
	private Path folder;

	@Test
	void helpPrintsUsageOptionsAndExitCodesAndStartsNothing() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = ScrutinyCommand.run(ScrutinyApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				"--help", "--input=" + folder.resolve("missing"));

		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar scrutiny.jar")
			.contains("--public-only", "--schedule", "--period=YYYY-MM", "scrutiny.schedule.cron")
			.contains("  0  the run completed", "  2  bad arguments", "  3  another run holds the store",
					"  4  the run failed");
		assertThat(folder.resolve("data")).doesNotExist();
	}

	@Test
	void aStoreHeldByAnotherRunIsRefusedAtOnceWithOneLine(CapturedOutput output) throws Exception {
		Path input = Files.createDirectories(folder.resolve("input"));
		String url = "jdbc:hsqldb:file:" + folder.resolve("data/scrutiny") + ";shutdown=true";
		try (StoreLock other = StoreLock.acquire(url)) {
			long start = System.nanoTime();
			int exit = ScrutinyCommand.run(ScrutinyApplication.class, System.out, "--input=" + input,
					"--output=" + folder.resolve("output"), "--spring.datasource.url=" + url);

			assertThat(exit).isEqualTo(3);
			assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(8_000);
		}
		assertThat(output.getOut()).containsOnlyOnce("ERROR Scrutiny did not run: another run holds the store (")
			.doesNotContain("\tat ")
			.doesNotContain("Exception");
		assertThat(folder.resolve("data/scrutiny.script")).doesNotExist();
	}

	@Test
	void aFileStoreKeepsTheRowCacheItIsGiven() throws Exception {
		Path input = Files.createDirectories(folder.resolve("input"));
		int exit = ScrutinyCommand.run(ScrutinyApplication.class, System.out, "--input=" + input,
				"--output=" + folder.resolve("output"), "--scrutiny.store.cache-mb=64",
				"--spring.datasource.url=jdbc:hsqldb:file:" + folder.resolve("data/scrutiny") + ";shutdown=true");

		assertThat(exit).isZero();
		// kept in the store, used from its next opening: 64 MB and 3,000 rows a megabyte
		assertThat(Files.readString(folder.resolve("data/scrutiny.script"))).contains("SET FILES CACHE SIZE 65536")
			.contains("SET FILES CACHE ROWS 192000");
	}

	@Test
	void aStoreThatCannotBeOpenedIsOneLineAndExitFour(CapturedOutput output) throws Exception {
		Path input = Files.createDirectories(folder.resolve("input"));
		Path notAFolder = Files.writeString(folder.resolve("file"), "x");
		int exit = ScrutinyCommand.run(ScrutinyApplication.class, System.out, "--input=" + input,
				"--spring.datasource.url=jdbc:hsqldb:file:" + notAFolder.resolve("db") + ";ifexists=true");

		assertThat(exit).isEqualTo(4);
		assertThat(output.getOut()).containsOnlyOnce("ERROR Scrutiny could not start: ").doesNotContain("\tat ");
	}

	@Test
	void aCapOnReportRowsBelowOneIsBadArgumentsBeforeAnythingRuns(CapturedOutput output) throws Exception {
		Path input = Files.createDirectories(folder.resolve("input"));
		int exit = ScrutinyCommand.run(ScrutinyApplication.class, System.out, "--input=" + input,
				"--output=" + folder.resolve("output"), "--scrutiny.report.max-rows=0",
				"--spring.datasource.url=jdbc:hsqldb:file:" + folder.resolve("data/scrutiny") + ";shutdown=true");

		assertThat(exit).isEqualTo(2);
		assertThat(output.getOut()).containsOnlyOnce(
				"ERROR Bad arguments: scrutiny.report.max-rows must be a whole number of rows, 1 or more, not '0'")
			.doesNotContain("\tat ");
		assertThat(folder.resolve("output")).doesNotExist();
	}

}
