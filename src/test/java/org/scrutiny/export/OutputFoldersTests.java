package org.scrutiny.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutputFoldersTests {

	@TempDir
	private Path output;

	@Test
	void makesThePeriodFolder() {
		Path folder = OutputFolders.forPeriod(output, YearMonth.of(2020, 11));
		assertThat(folder).isDirectory().isEqualTo(output.toAbsolutePath().resolve("2020-11"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../escape.csv", "a/../../escape.csv", "/etc/passwd", "." })
	void refusesNamesThatLeadOutsideTheFolder(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> OutputFolders.inside(output, name));
		assertThat(Files.exists(output.getParent().resolve("escape.csv"))).isFalse();
	}

	@Test
	void acceptsNamesInsideTheFolder() {
		assertThat(OutputFolders.inside(output, "2020-11/actions.csv"))
			.isEqualTo(output.toAbsolutePath().resolve("2020-11").resolve("actions.csv"));
	}

}
