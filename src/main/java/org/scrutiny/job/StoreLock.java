package org.scrutiny.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run at a time per store. Before the database is opened, takes an operating-system lock on a file beside an HSQLDB
 * file database ({@code <database>.run-lock}), so a second run is refused at once instead of after HSQLDB's own wait
 * of about ten seconds on its {@code .lck} file. The operating system releases the lock when the process ends, even on
 * {@code kill -9}, so a crashed run never leaves the store locked. Other databases (in memory, a server) need no lock
 * file and get none.
 */
final class StoreLock implements AutoCloseable {

	/** Appended to the database path to name the lock file. */
	static final String SUFFIX = ".run-lock";

	// matches: jdbc:hsqldb:file:./data/scrutiny;shutdown=true   (group 1 is the database path)
	private static final Pattern HSQLDB_FILE_URL = Pattern.compile("^jdbc:hsqldb:file:([^;]+)");

	private final FileChannel channel;

	private final FileLock lock;

	private StoreLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** A lock that locks nothing, for a store that needs none. */
	static StoreLock none() {
		return new StoreLock(null, null);
	}

	/** The lock file of a datasource URL, if it is an HSQLDB file database. */
	static Optional<Path> lockFile(String url) {
		if (url == null) {
			return Optional.empty();
		}
		Matcher m = HSQLDB_FILE_URL.matcher(url.strip());
		return m.find() ? Optional.of(Path.of(m.group(1) + SUFFIX).toAbsolutePath().normalize()) : Optional.empty();
	}

	/**
	 * Takes the lock of the store at this URL, or throws {@link StoreBusyException} at once if another run holds it.
	 */
	static StoreLock acquire(String url) {
		Optional<Path> file = lockFile(url);
		return file.isPresent() ? acquire(file.get()) : none();
	}

	static StoreLock acquire(Path file) {
		FileChannel channel = null;
		try {
			Files.createDirectories(file.getParent());
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw busy(file, channel);
			}
			return new StoreLock(channel, lock);
		}
		catch (OverlappingFileLockException ex) {
			throw busy(file, channel);
		}
		catch (IOException ex) {
			close(channel);
			throw new IllegalStateException("cannot lock the store: " + file + ": " + ex.getMessage(), ex);
		}
	}

	boolean isHeld() {
		return lock != null && lock.isValid();
	}

	@Override
	public void close() {
		close(channel);
	}

	private static StoreBusyException busy(Path file, FileChannel channel) {
		close(channel);
		return new StoreBusyException("another run holds the store (" + file + "); nothing was run. Try again when it"
				+ " has finished");
	}

	private static void close(FileChannel channel) {
		if (channel == null) {
			return;
		}
		try {
			channel.close();
		}
		catch (IOException ignored) {
			// closing releases the lock; nothing more to do
		}
	}

}
