package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;

/**
 * The transparency web page in a real browser: the job run on the sample notes, then {@code browser-check/check-page.mjs}
 * opens the page in headless Chromium (the Debian package), runs axe-core's WCAG 2.1 AA rules on it, checks that it
 * does not scroll sideways at 320 px wide and takes screenshots at 320 and 1280 px (kept in
 * {@code target/browser-check/<period>} to look at, with the page and what the checker printed). Where Node.js, Chromium or the checker's npm packages are missing,
 * the tests are skipped, saying which; {@code .ci/run} installs them.
 */
class TransparencyPageBrowserTests extends SampleNotesJobTest {

	private static final Path CHECKER = Path.of("browser-check");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "browser-check");

	@BeforeEach
	void browserAndCheckerInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium (the Debian package chromium) is not installed: the page is not checked in a browser");
		Assumptions.assumeTrue(nodeRuns(), "Node.js (node) is not installed: the page is not checked in a browser");
		Assumptions.assumeTrue(Files.isDirectory(CHECKER.resolve("node_modules").resolve("axe-core"))
				&& Files.isDirectory(CHECKER.resolve("node_modules").resolve("playwright-core")),
				"browser-check/node_modules is missing (npm ci in browser-check): the page is not checked in a browser");
	}

	@Test
	void theSampleMonthHasNoAccessibilityViolationsAndReflowsAt320Pixels() throws Exception {
		assertThat(run("2018-03").status()).isEqualTo(BatchStatus.COMPLETED);
		assertPassesInBrowser("2018-03");
	}

	/** The month of the note with a protectively-marked section: what is left out must leave a well-formed page. */
	@Test
	void theMonthWithAMarkedPassageToo() throws Exception {
		Files.copy(Path.of(getClass().getResource("/marked/pab-marked-section.txt").toURI()),
				input.resolve("pab-marked-section.txt"));
		assertThat(run("2020-11").status()).isEqualTo(BatchStatus.COMPLETED);
		assertPassesInBrowser("2020-11");
	}

	private void assertPassesInBrowser(String period) throws Exception {
		Path written = output.resolve(period).resolve("transparency");
		assertThat(written.resolve("index.html")).isNotEmptyFile();
		// the page, the checker's report and the screenshots outlive the test's temporary folder, to be looked at
		Path shots = SCREENSHOTS.resolve(period).toAbsolutePath();
		Path copy = shots.resolve("transparency");
		Files.createDirectories(copy);
		for (String file : List.of("index.html", "style.css")) {
			Files.copy(written.resolve(file), copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		Path page = copy.resolve("index.html");
		Path report = shots.resolve("check.json");
		Process check = new ProcessBuilder("node", "check-page.mjs", page.toAbsolutePath().toString(), shots.toString())
			.directory(CHECKER.toFile())
			.redirectErrorStream(true)
			.redirectOutput(report.toFile())
			.start();
		boolean finished = check.waitFor(2, TimeUnit.MINUTES);
		if (!finished) {
			check.destroyForcibly();
		}
		String printed = Files.readString(report, StandardCharsets.UTF_8);
		assertThat(finished).as("the browser check finished within 2 minutes:%n%s", printed).isTrue();
		assertThat(check.exitValue()).as("the browser check of %s (0: no axe violations, no sideways scrolling at 320 px):%n%s",
				period, printed).isZero();
		assertThat(shots.resolve("page-320.png")).isNotEmptyFile();
		assertThat(shots.resolve("page-1280.png")).isNotEmptyFile();
	}

	private static boolean nodeRuns() {
		try {
			Process node = new ProcessBuilder(List.of("node", "--version")).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
