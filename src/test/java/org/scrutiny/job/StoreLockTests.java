package org.scrutiny.job;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreLockTests {

	@TempDir
	private Path folder;

	@Test
	void locksAFileBesideAnHsqldbFileDatabaseOnly() {
		assertThat(StoreLock.lockFile("jdbc:hsqldb:file:" + folder.resolve("db/scrutiny") + ";shutdown=true"))
			.contains(folder.resolve("db/scrutiny" + StoreLock.SUFFIX));
		assertThat(StoreLock.lockFile("jdbc:hsqldb:mem:scrutiny")).isEmpty();
		assertThat(StoreLock.lockFile("jdbc:postgresql://localhost/scrutiny")).isEmpty();
		assertThat(StoreLock.lockFile(null)).isEmpty();
	}

	@Test
	void refusesASecondHolderAtOnceAndLetsGoOnClose() {
		String url = "jdbc:hsqldb:file:" + folder.resolve("scrutiny") + ";shutdown=true";
		try (StoreLock first = StoreLock.acquire(url)) {
			assertThat(first.isHeld()).isTrue();
			long start = System.nanoTime();
			assertThatThrownBy(() -> StoreLock.acquire(url)).isInstanceOf(StoreBusyException.class)
				.hasMessageStartingWith("another run holds the store (" + folder.resolve("scrutiny" + StoreLock.SUFFIX));
			assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
		}
		try (StoreLock again = StoreLock.acquire(url)) {
			assertThat(again.isHeld()).isTrue();
		}
	}

	@Test
	void takesHsqldbsOwnLockFailureForABusyStore() {
		SQLException hsqldb = new SQLException(
				"Database lock acquisition failure: lockFile: org.hsqldb.persist.LockFile@1[file =/srv/db/scrutiny.lck]");
		assertThat(StartFailures.exitCode(new IllegalStateException("Failed to initialize pool", hsqldb)))
			.isEqualTo(ExitCode.STORE_BUSY);
		assertThat(StartFailures.exitCode(new IllegalStateException("x", new StoreBusyException("busy"))))
			.isEqualTo(ExitCode.STORE_BUSY);
		assertThat(StartFailures.exitCode(new IllegalStateException("disk full"))).isEqualTo(ExitCode.FAILED);
	}

	@Test
	void givesTheRootCauseOnOneLine() {
		assertThat(StartFailures.rootMessage(new IllegalStateException("outer", new SQLException("first\n  second"))))
			.isEqualTo("SQLException: first second");
	}

}
