package org.scrutiny.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the input folder: every entry, sorted by name so that runs are repeatable. Hidden entries (a name starting
 * with a dot, such as {@code .gitkeep}) are not notes and are left out. Folders and other odd entries are listed, so
 * that ingest can record why they were not read.
 */
public final class InputScanner {

	private InputScanner() {
	}

	public static List<Path> scan(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(entry -> !entry.getFileName().toString().startsWith("."))
				.sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the input folder " + folder, ex);
		}
	}

}
