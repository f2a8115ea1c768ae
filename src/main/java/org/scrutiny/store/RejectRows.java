package org.scrutiny.store;

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

	static void deleteAll(JdbcClient jdbc, String sourceFile) {
		jdbc.sql("delete from reject where source_file = ?").param(sourceFile).update();
	}

}
