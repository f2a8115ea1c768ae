package org.scrutiny.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTests {

	@TempDir
	private Path folder;

	@Test
	void takesTheDefaultsWhenNothingIsGiven() throws Exception {
		Path input = Files.createDirectory(folder.resolve("notes"));
		ScrutinyProperties defaults = new ScrutinyProperties(input, folder.resolve("out"), null, null);
		LaunchOptions options = parse(defaults);
		assertThat(options).isEqualTo(new LaunchOptions(input.toAbsolutePath(), folder.resolve("out").toAbsolutePath(),
				null));
		assertThat(options.toJobParameters().getString(LaunchOptions.INPUT))
			.isEqualTo(input.toAbsolutePath().toString());
		assertThat(options.toJobParameters().getParameter(LaunchOptions.PERIOD)).isNull();
	}

	@Test
	void readsTheOptionsAndLetsSpringPropertiesThrough() throws Exception {
		Path input = Files.createDirectory(folder.resolve("notes"));
		LaunchOptions options = parse(defaults(), "--input=" + input, "--output=" + folder.resolve("csv"),
				"--period=2020-11", "--spring.datasource.url=jdbc:hsqldb:mem:x", "--debug");
		assertThat(options.period()).isEqualTo(YearMonth.of(2020, 11));
		assertThat(options.output()).isEqualTo(folder.resolve("csv").toAbsolutePath());
		assertThat(options.toJobParameters().getString(LaunchOptions.PERIOD)).isEqualTo("2020-11");
	}

	@Test
	void passesPublicOnlyToTheJob() throws Exception {
		LaunchOptions options = parse(defaults(), "--public-only");
		assertThat(options.publicOnly()).isTrue();
		assertThat(options.toJobParameters().getString(LaunchOptions.PUBLIC_ONLY)).isEqualTo("true");
		assertThat(options.toJobParameters().getParameter(LaunchOptions.PUBLIC_ONLY).identifying()).isTrue();
		assertThat(parse(defaults()).toJobParameters().getParameter(LaunchOptions.PUBLIC_ONLY)).isNull();
	}

	@Test
	void readsScheduleMode() throws Exception {
		LaunchOptions options = parse(defaults(), "--schedule", "--public-only");
		assertThat(options.schedule()).isTrue();
		assertThat(options.forPeriod(YearMonth.of(2026, 11))).satisfies(run -> {
			assertThat(run.period()).isEqualTo(YearMonth.of(2026, 11));
			assertThat(run.schedule()).isFalse();
			assertThat(run.publicOnly()).isTrue();
		});
	}

	@Nested
	class Refuses {

		@Test
		void aPeriodThatIsNotAMonth() {
			assertThatThrownBy(() -> parse(defaults(), "--period=2020-13")).isInstanceOf(BadArgumentsException.class)
				.hasMessageStartingWith("--period must be a month as YYYY-MM, not '2020-13'")
				.hasMessageContaining(LaunchOptions.USAGE);
		}

		@Test
		void anUnknownOption() {
			assertThatThrownBy(() -> parse(defaults(), "--inptu=x")).hasMessageStartingWith("unknown option --inptu");
		}

		@Test
		void anArgumentThatIsNotAnOption() {
			assertThatThrownBy(() -> parse(defaults(), "input")).hasMessageStartingWith("unexpected argument 'input'");
		}

		@Test
		void anOptionWithoutItsValue() {
			assertThatThrownBy(() -> parse(defaults(), "--output")).hasMessageStartingWith("--output needs one value");
		}

		@Test
		void anOptionGivenTwice() {
			assertThatThrownBy(() -> parse(defaults(), "--period=2020-01", "--period=2020-02"))
				.hasMessageStartingWith("--period needs one value");
		}

		@Test
		void aValueForASwitch() {
			assertThatThrownBy(() -> parse(defaults(), "--public-only=yes"))
				.hasMessageStartingWith("--public-only takes no value");
		}

		@Test
		void aPeriodForTheSchedule() {
			assertThatThrownBy(() -> parse(defaults(), "--schedule", "--period=2020-01"))
				.hasMessageStartingWith("--period cannot be given with --schedule");
		}

		@Test
		void anInputFolderThatIsNotThere() {
			assertThatThrownBy(() -> parse(defaults(), "--input=" + folder.resolve("missing")))
				.hasMessageStartingWith("input folder not found: ");
		}

		@Test
		void anOutputThatIsAFile() throws Exception {
			Path file = Files.writeString(folder.resolve("out.csv"), "x");
			assertThatThrownBy(() -> parse(defaults(), "--output=" + file))
				.hasMessageStartingWith("output is not a folder: ");
		}

	}

	private ScrutinyProperties defaults() {
		return new ScrutinyProperties(folder, folder.resolve("output"), null, null);
	}

	private static LaunchOptions parse(ScrutinyProperties defaults, String... args) {
		return LaunchOptions.parse(new DefaultApplicationArguments(args), defaults);
	}

}
