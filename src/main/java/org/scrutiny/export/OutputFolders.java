package org.scrutiny.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Where an export goes: {@code <output>/<YYYY-MM>/}. Every path written is checked to stay inside the output folder.
 */
public final class OutputFolders {

	private OutputFolders() {
	}

	/** The period's folder, created if missing. */
	public static Path forPeriod(Path output, YearMonth period) {
		Path folder = inside(output, period.toString());
		try {
			return Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the output folder " + folder, ex);
		}
	}

	/** {@code folder/name}, refusing a name that would lead outside the folder ("../x", "/etc/x"). */
	public static Path inside(Path folder, String name) {
		Path root = folder.toAbsolutePath().normalize();
		Path path = root.resolve(name).normalize();
		if (!path.startsWith(root) || path.equals(root)) {
			throw new IllegalArgumentException("'" + name + "' would be written outside " + root);
		}
		return path;
	}

}
