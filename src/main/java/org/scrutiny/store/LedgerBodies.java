package org.scrutiny.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.scrutiny.ingest.Checksums;
import org.scrutiny.model.LedgerBody;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which bodies' ledgers are out of date, and whether each can be carried on rather than built again. A body's ledger
 * depends only on its own stored meetings (a brought-forward row links only to an action of its body) and on the rules
 * that link them, so it needs work only when the files stored for the body, or their content, or those rules changed.
 * Its fingerprint is a hash of exactly that, taken file by file in meeting order: when the hash up to the last file
 * built is still the one recorded, every file built is unchanged and the new ones all come later (on later days).
 */
public class LedgerBodies {

	private static final String STORED_FILES_SQL = """
			select m.body, m.meeting_date, m.source_file, d.checksum || '@' || d.read_by as checksum
			from meeting m join source_document d on d.source_file = m.source_file
			order by m.body, m.meeting_date, m.source_file""";

	// bodies with a ledger: recorded, or (in a store made before ledger_body) only present in ledger_entry
	private static final String BUILT_SQL = """
			select body, fingerprint, built_through_date, built_through_file from ledger_body
			union select distinct body, '', cast(null as date), cast(null as varchar(255)) from ledger_entry
			where body not in (select body from ledger_body)""";

	/** A stored meeting's place in its body's order. */
	public record FileKey(LocalDate meetingDate, String sourceFile) {
	}

	/**
	 * A body whose ledger needs work.
	 *
	 * @param body its ledger ({@link LedgerBody})
	 * @param names the body's names as its notes give them, whose meetings the ledger holds
	 * @param fingerprint the hash of what it will have been built from
	 * @param through its last stored file
	 * @param after when the ledger can be carried on, the last file it was built from; null to build it again
	 */
	public record Stale(String body, List<String> names, String fingerprint, FileKey through, FileKey after) {
	}

	/**
	 * @param stale the bodies that need work, in name order
	 * @param removed the bodies with a ledger but no stored meeting any more
	 * @param unchanged how many bodies' ledgers are up to date
	 */
	public record Plan(List<Stale> stale, List<String> removed, int unchanged) {
	}

	private final JdbcClient jdbc;

	public LedgerBodies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param rules a version of the linking rules: a new one builds every body again */
	public Plan plan(String rules) {
		Map<String, Recorded> built = new HashMap<>();
		jdbc.sql(BUILT_SQL).query(rs -> {
			Date through = rs.getDate(3);
			built.put(rs.getString(1), new Recorded(rs.getString(2),
					through == null ? null : new FileKey(through.toLocalDate(), rs.getString(4))));
		});
		// each body's name read as its ledger ({@link LedgerBody}): one ledger may hold the meetings of several names,
		// taken together in meeting order
		record StoredFile(String ledger, FileKey file, String checksum) {
		}
		record NamedFile(String name, FileKey file, String checksum) {
		}
		List<NamedFile> named = jdbc.sql(STORED_FILES_SQL)
			.query((rs, n) -> new NamedFile(rs.getString(1), new FileKey(rs.getDate(2).toLocalDate(), rs.getString(3)),
					rs.getString(4)))
			.list();
		Map<String, String> ledgers = LedgerBody.ledgers(named.stream().map(NamedFile::name).toList());
		List<StoredFile> files = new ArrayList<>();
		Map<String, TreeSet<String>> names = new HashMap<>();
		for (NamedFile file : named) {
			String ledger = ledgers.get(file.name());
			names.computeIfAbsent(ledger, k -> new TreeSet<>()).add(file.name());
			files.add(new StoredFile(ledger, file.file(), file.checksum()));
		}
		files.sort(Comparator.comparing(StoredFile::ledger).thenComparing(f -> f.file().meetingDate())
			.thenComparing(f -> f.file().sourceFile()));
		Map<String, Digest> digests = new LinkedHashMap<>();
		for (StoredFile stored : files) {
			digests.computeIfAbsent(stored.ledger(), b -> new Digest(rules, built.get(b))).add(stored.file(), stored.checksum());
		}
		List<Stale> stale = new ArrayList<>();
		digests.forEach((body, digest) -> {
			String fingerprint = digest.fingerprint();
			Recorded recorded = built.get(body);
			if (recorded == null || !fingerprint.equals(recorded.fingerprint())) {
				stale.add(new Stale(body, List.copyOf(names.get(body)), fingerprint, digest.last,
						digest.carriesOn() ? recorded.through() : null));
			}
		});
		List<String> removed = new ArrayList<>(new TreeSet<>(built.keySet()));
		removed.removeAll(digests.keySet());
		return new Plan(stale, removed, digests.size() - stale.size());
	}

	/** Records what the body's ledger was built from. */
	public void built(Stale body) {
		jdbc.sql("delete from ledger_body where body = ?").param(body.body()).update();
		jdbc.sql("insert into ledger_body (body, fingerprint, built_through_date, built_through_file) values (?, ?, ?, ?)")
			.params(body.body(), body.fingerprint(), Date.valueOf(body.through().meetingDate()), body.through().sourceFile())
			.update();
	}

	/** Forgets a body that has no stored meeting any more. */
	public void removed(String body) {
		jdbc.sql("delete from ledger_body where body = ?").param(body).update();
	}

	private record Recorded(String fingerprint, FileKey through) {
	}

	/** One body's hash, with the hash as it stood at the last file recorded as built. */
	private static final class Digest {

		private final MessageDigest digest;

		private final Recorded recorded;

		private String atRecorded;

		// a later file of the same day as the last built: file names order such files, and SQL and Java may order
		// names differently, so the ledger is built again rather than carried on
		private boolean sameDayLater;

		private FileKey last;

		Digest(String rules, Recorded recorded) {
			this.digest = Checksums.sha256();
			this.recorded = recorded;
			digest.update((rules + '\n').getBytes(StandardCharsets.UTF_8));
		}

		void add(FileKey file, String checksum) {
			digest.update((file.meetingDate() + "\t" + file.sourceFile() + '\t' + checksum + '\n')
				.getBytes(StandardCharsets.UTF_8));
			last = file;
			if (recorded != null && file.equals(recorded.through())) {
				atRecorded = hex(copy(digest));
			}
			else if (atRecorded != null && file.meetingDate().equals(recorded.through().meetingDate())) {
				sameDayLater = true;
			}
		}

		String fingerprint() {
			return hex(copy(digest));
		}

		/** Every file built is unchanged, and every other file comes after the last of them. */
		boolean carriesOn() {
			return atRecorded != null && atRecorded.equals(recorded.fingerprint()) && !sameDayLater;
		}

		private static MessageDigest copy(MessageDigest digest) {
			try {
				return (MessageDigest) digest.clone();
			}
			catch (CloneNotSupportedException ex) {
				throw new IllegalStateException("SHA-256 digests can be cloned", ex);
			}
		}

		private static String hex(MessageDigest digest) {
			return HexFormat.of().formatHex(digest.digest());
		}

	}

}
