package org.scrutiny.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputScannerTests {

	@Test
	void listsEveryEntryByNameButHiddenOnes(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("b.txt"), "b");
		Files.writeString(folder.resolve("a.txt"), "a");
		Files.writeString(folder.resolve(".gitkeep"), "");
		Files.createDirectory(folder.resolve("C-folder"));
		assertThat(InputScanner.scan(folder)).extracting(path -> path.getFileName().toString())
			.containsExactly("C-folder", "a.txt", "b.txt");
	}

	@Test
	void saysWhichFolderItCannotList(@TempDir Path folder) {
		assertThatThrownBy(() -> InputScanner.scan(folder.resolve("missing"))).hasMessageContaining("missing");
	}

}
