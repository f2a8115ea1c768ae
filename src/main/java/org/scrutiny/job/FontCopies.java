package org.scrutiny.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;

/**
 * The copies Java makes of the reports' fonts in the temporary folder ("+~JF1234.tmp", some 9 MB a run), which it
 * deletes only when the process ends normally: a run killed while it draws its reports used to leave them for good.
 * Each run now loads the fonts before its reports, writes the names of the copies that made into a list of its own
 * ("scrutiny-fonts-&lt;pid&gt;.list", gone again at a normal end), and at start deletes the copies listed by runs no
 * longer alive.
 */
public final class FontCopies {

	/** The list's name: this prefix, the process id, {@link #LIST_SUFFIX}. */
	static final String LIST_PREFIX = "scrutiny-fonts-";

	static final String LIST_SUFFIX = ".list";

	// matches: "+~JF1234567890.tmp"   (Java's copy of a font read from a stream)
	private static final Pattern FONT_COPY = Pattern.compile("\\+~JF-?\\d+\\.tmp");

	// matches: "scrutiny-fonts-48211.list"   (the copies of run 48211)
	private static final Pattern LIST = Pattern.compile(Pattern.quote(LIST_PREFIX) + "(\\d+)" + Pattern.quote(LIST_SUFFIX));

	private FontCopies() {
	}

	/** The machine's temporary folder, as Java's font copies use it. */
	public static Path temporaryFolder() {
		return Path.of(System.getProperty("java.io.tmpdir"));
	}

	/** Loads the reports' fonts and lists the copies that made, for a later run to delete if this one is killed. */
	public static void loadAndList() {
		Path folder = temporaryFolder();
		Set<String> before = copies(folder);
		for (FontFamily family : DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class)) {
			for (FontFace face : new FontFace[] { family.getNormalFace(), family.getBoldFace(), family.getItalicFace(),
					family.getBoldItalicFace() }) {
				if (face != null) {
					face.getFont();
				}
			}
		}
		Set<String> made = copies(folder);
		made.removeAll(before);
		if (made.isEmpty()) {
			return;
		}
		Path list = folder.resolve(LIST_PREFIX + ProcessHandle.current().pid() + LIST_SUFFIX);
		try {
			Files.write(list, made, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// the copies go at a normal end as before; only a kill would leave them
			return;
		}
		// at a normal end Java deletes the copies, and the list goes with them
		Runtime.getRuntime().addShutdownHook(new Thread(() -> list.toFile().delete(), "font-copies-list"));
	}

	/** Deletes the font copies listed by runs no longer alive, and their lists; returns how many files went. */
	public static int removeLeftBehind(Path folder) {
		int removed = 0;
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path list : entries.filter(FontCopies::listOfEndedRun).toList()) {
				for (String copy : Files.readAllLines(list)) {
					if (FONT_COPY.matcher(copy).matches() && Files.deleteIfExists(folder.resolve(copy))) {
						removed++;
					}
				}
				Files.deleteIfExists(list);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// another run's clean-up got there first: what is left goes next time
		}
		return removed;
	}

	private static boolean listOfEndedRun(Path entry) {
		Matcher name = LIST.matcher(entry.getFileName().toString());
		return name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty();
	}

	/** The font copies in the folder now. */
	static Set<String> copies(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			Set<String> copies = new HashSet<>();
			entries.map(entry -> entry.getFileName().toString()).filter(name -> FONT_COPY.matcher(name).matches()).forEach(copies::add);
			return copies;
		}
		catch (IOException | UncheckedIOException ex) {
			return new HashSet<>();
		}
	}

}
