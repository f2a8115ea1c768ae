package org.scrutiny.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileWriterTests {

	@TempDir
	private Path folder;

	@Test
	void writesRfc4180WithAHeaderAndLineFeeds() throws Exception {
		Path target = folder.resolve("rejects.csv");
		CsvFileWriter.write(target, CsvColumns.REJECTS,
				List.of(new String[] { "a.txt", "0", "said \"no\", twice" }, new String[] { "b.txt", "3", "two\nlines" },
						new String[] { "c.txt", "4", null }));
		assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("""
				source_file,line,reason
				a.txt,0,"said ""no"", twice"
				b.txt,3,"two
				lines"
				c.txt,4,
				""");
	}

	@Test
	void neutralisesFormulasAndKeepsUtf8() throws Exception {
		Path target = folder.resolve("actions.csv");
		CsvFileWriter.write(target, List.of("text", "update"),
				List.<String[]>of(new String[] { "=cmd|'/C calc'!A0", "£5m “agreed”" }));
		assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).containsExactly("text,update",
				"'=cmd|'/C calc'!A0,£5m “agreed”");
		assertThat(Files.readAllBytes(target)[0]).isEqualTo((byte) 't');
	}

	@Test
	void replacesAnEarlierFileAndLeavesNoPartialFile() throws Exception {
		Path target = Files.writeString(folder.resolve("meetings.csv"), "old content that is longer than the new\n");
		CsvFileWriter.write(target, List.of("source_file"), List.of());
		assertThat(Files.readString(target)).isEqualTo("source_file\n");
		try (var files = Files.list(folder)) {
			assertThat(files).containsExactly(target);
		}
	}

}
