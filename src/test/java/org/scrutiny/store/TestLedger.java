package org.scrutiny.store;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hsqldb.jdbc.JDBCDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh in-memory ledger with the real migrations applied, for tests of the store and export without a Spring
 * context.
 */
public final class TestLedger {

	private TestLedger() {
	}

	public static JdbcClient create() {
		return JdbcClient.create(dataSource());
	}

	public static DataSource dataSource() {
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:ledger-" + UUID.randomUUID());
		dataSource.setUser("SA");
		dataSource.setPassword("");
		Flyway.configure().dataSource(dataSource).placeholders(Map.of("long_text", "CLOB")).load().migrate();
		return dataSource;
	}

	/** Moves a file straight to PARSED, as normaliseStep and parseStep would. */
	public static void markParsed(JdbcClient jdbc, String sourceFile) {
		jdbc.sql("update source_document set state = 'PARSED' where source_file = ?").param(sourceFile).update();
	}

}
