package org.scrutiny.store;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hsqldb.jdbc.JDBCDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory ledger with the real migrations applied, for tests of the store and export without a Spring
 * context.
 */
public final class TestLedger {

	/** The system property the postgres profile sets to its server's URL. */
	public static final String SERVER_URL = "scrutiny.test.datasource.url";

	private TestLedger() {
	}

	public static JdbcClient create() {
		return JdbcClient.create(dataSource());
	}

	public static DataSource dataSource() {
		String server = System.getProperty(SERVER_URL);
		if (server != null && server.startsWith("jdbc:postgresql:")) {
			return postgres(server);
		}
		JDBCDataSource dataSource = new JDBCDataSource();
		dataSource.setUrl("jdbc:hsqldb:mem:ledger-" + UUID.randomUUID());
		dataSource.setUser("SA");
		dataSource.setPassword("");
		Flyway.configure().dataSource(dataSource).placeholders(Map.of("long_text", "VARCHAR(100000000)")).load().migrate();
		return dataSource;
	}

	/** A fresh schema on the PostgreSQL server of the postgres profile (mvn -Ppostgres), with the migrations applied. */
	private static DataSource postgres(String server) {
		String schema = "ledger_" + UUID.randomUUID().toString().replace("-", "");
		JdbcClient.create(new DriverManagerDataSource(server)).sql("create schema " + schema).update();
		DataSource dataSource = new DriverManagerDataSource(server + (server.contains("?") ? "&" : "?")
				+ "currentSchema=" + schema);
		Flyway.configure().dataSource(dataSource).placeholders(Map.of("long_text", "TEXT")).load().migrate();
		return dataSource;
	}

	/** Moves a file straight to PARSED, as normaliseStep and parseStep would. */
	public static void markParsed(JdbcClient jdbc, String sourceFile) {
		jdbc.sql("update source_document set state = 'PARSED' where source_file = ?").param(sourceFile).update();
	}

}
