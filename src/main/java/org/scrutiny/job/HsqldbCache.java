package org.scrutiny.job;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Sizes the HSQLDB file store's row cache once its schema is up to date. HSQLDB keeps 10 MB (50,000 rows) of a
 * cached table in memory by default; a run at national scale reads the whole ledger several times over (carrying
 * each body on, the figures, the CSVs, the reports) and, with so small a cache, read most of its rows from disk each
 * time: the 10,000-meeting monthly run spent most of its analyse, export and report steps in
 * {@code RandomAccessFile.read}. HSQLDB keeps the setting in the store and uses it from the store's next opening; it
 * is set again, from {@code scrutiny.store.cache-mb}, at every start. A store created by this run takes it from the
 * connection's properties instead ({@link #connectionProperties}), as HSQLDB reads them only when it creates a store.
 */
final class HsqldbCache implements Callback {

	/** Rows the cache may hold per megabyte: the ledger's rows average about 330 bytes. */
	static final int ROWS_PER_MB = 3_000;

	private final int megabytes;

	HsqldbCache(int megabytes) {
		this.megabytes = megabytes;
	}

	int rows() {
		return megabytes * ROWS_PER_MB;
	}

	int kilobytes() {
		return megabytes * 1024;
	}

	/** The same cache as properties of the connection that creates a store. */
	Map<String, String> connectionProperties() {
		return Map.of("hsqldb.cache_rows", Integer.toString(rows()), "hsqldb.cache_size", Integer.toString(kilobytes()));
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("SET FILES CACHE ROWS " + rows());
			statement.execute("SET FILES CACHE SIZE " + kilobytes());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot size the store's cache: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "hsqldb-cache";
	}

}
