package org.scrutiny.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts many rows into one table with few statements: one {@code insert ... values (...), (...), ...} per
 * {@value #ROWS_PER_STATEMENT} rows, which both HSQLDB and PostgreSQL accept. One statement per row cost more than the
 * rows themselves once the national corpus had 200,000 of them (see README "Performance").
 */
final class RowInserts {

	/** Rows per statement: few round trips, and well under PostgreSQL's 32,767 parameters per statement. */
	static final int ROWS_PER_STATEMENT = 500;

	private final JdbcClient jdbc;

	private final String prefix;

	private final String rowPlaceholders;

	private final int columns;

	private final List<Object> pending = new ArrayList<>();

	private int rows;

	/** An insert into {@code table} of the columns named, to which rows are added. */
	RowInserts(JdbcClient jdbc, String table, String... columns) {
		this.jdbc = jdbc;
		this.columns = columns.length;
		this.prefix = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
		this.rowPlaceholders = "(" + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
	}

	/** Adds a row, its values in the order of the columns; writes a full statement's worth. */
	RowInserts add(Object... values) {
		if (values.length != columns) {
			throw new IllegalArgumentException("expected " + columns + " values, not " + Arrays.toString(values));
		}
		pending.addAll(Arrays.asList(values));
		if (++rows == ROWS_PER_STATEMENT) {
			flush();
		}
		return this;
	}

	/** Writes the rows not yet written. */
	void flush() {
		if (rows == 0) {
			return;
		}
		String sql = prefix + String.join(", ", java.util.Collections.nCopies(rows, rowPlaceholders));
		jdbc.sql(sql).params(pending).update();
		pending.clear();
		rows = 0;
	}

}
