package org.scrutiny.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The font copies a killed run left in the temporary folder go at the next start; a running one's stay. */
class FontCopiesTests {

	@TempDir
	Path folder;

	@Test
	void deletesTheCopiesListedByARunNoLongerAliveAndNothingElse() throws Exception {
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		Files.writeString(folder.resolve("+~JF1001.tmp"), "font");
		Files.writeString(folder.resolve("+~JF1002.tmp"), "another program's font");
		Files.writeString(folder.resolve("+~JF1003.tmp"), "font of a run still going");
		Files.write(folder.resolve(FontCopies.LIST_PREFIX + ended.pid() + FontCopies.LIST_SUFFIX), List.of("+~JF1001.tmp"));
		Path running = folder.resolve(FontCopies.LIST_PREFIX + ProcessHandle.current().pid() + FontCopies.LIST_SUFFIX);
		Files.write(running, List.of("+~JF1003.tmp"));

		assertThat(FontCopies.removeLeftBehind(folder)).isEqualTo(1);

		assertThat(FontCopies.copies(folder)).containsExactlyInAnyOrder("+~JF1002.tmp", "+~JF1003.tmp");
		assertThat(folder.resolve(FontCopies.LIST_PREFIX + ended.pid() + FontCopies.LIST_SUFFIX)).doesNotExist();
		assertThat(running).exists();
	}

	@Test
	void deletesOnlyFontCopiesWhateverTheListSays() throws Exception {
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		Files.writeString(folder.resolve("notes.txt"), "not a font copy");
		Files.write(folder.resolve(FontCopies.LIST_PREFIX + ended.pid() + FontCopies.LIST_SUFFIX), List.of("notes.txt", "../x"));

		FontCopies.removeLeftBehind(folder);

		assertThat(folder.resolve("notes.txt")).exists();
	}

}
