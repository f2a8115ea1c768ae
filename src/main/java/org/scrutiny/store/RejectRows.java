package org.scrutiny.store;

import java.util.List;

import org.scrutiny.model.Reject;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the {@code reject} table, keyed by source file and position so that a rerun leaves the same rows.
 */
final class RejectRows {

	private RejectRows() {
	}

	static void insert(JdbcClient jdbc, String sourceFile, int position, int line, String reason) {
		jdbc.sql("insert into reject (source_file, position, line, reason) values (?, ?, ?, ?)")
			.params(sourceFile, position, line, reason)
			.update();
	}

	/** The parser's rejects of one file, numbered from 1, in few statements. */
	static void insertAll(JdbcClient jdbc, String sourceFile, List<Reject> rejects) {
		RowInserts rows = new RowInserts(jdbc, "reject", "source_file", "position", "line", "reason");
		for (int i = 0; i < rejects.size(); i++) {
			rows.add(sourceFile, i + 1, rejects.get(i).line(), rejects.get(i).reason());
		}
		rows.flush();
	}

	static void deleteAll(JdbcClient jdbc, String sourceFile) {
		jdbc.sql("delete from reject where source_file = ?").param(sourceFile).update();
	}

}
