package org.scrutiny.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;

/**
 * Where an export goes: {@code <output>/<YYYY-MM>/}. Every path written is checked to stay inside the output folder.
 */
public final class OutputFolders {

	/** The suffix of a file while it is written, before it is moved into place whole ({@link #replaceWhole}). */
	public static final String PARTIAL = ".partial";

	/** Writes a file's content into the path given. */
	@FunctionalInterface
	public interface FileWrite {

		void to(Path file) throws IOException;

	}

	private OutputFolders() {
	}

	/**
	 * Writes {@code target} through a sibling {@code .partial} file that is then moved into its place in one step: a
	 * reader (or a run killed halfway) never finds half a file under the target's name.
	 */
	public static Path replaceWhole(Path target, FileWrite write) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
		write.to(partial);
		return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
