package org.scrutiny.job;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The one difference between the databases the migrations run on, chosen from the database itself, so that pointing
 * {@code --spring.datasource.url} at a PostgreSQL server is all it takes: {@code ${long_text}} is {@code TEXT} there,
 * and the in-row {@code VARCHAR} of {@code application.yml} on HSQLDB.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	static final String LONG_TEXT = "long_text";

	static final String POSTGRES_LONG_TEXT = "TEXT";

	private static final String HSQLDB_FILE = "jdbc:hsqldb:file:";

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean
	FlywayConfigurationCustomizer longTextPerDatabase(@Value("${scrutiny.store.cache-mb}") int cacheMegabytes) {
		return configuration -> {
			if (isPostgres(configuration.getDataSource())) {
				Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
				placeholders.put(LONG_TEXT, POSTGRES_LONG_TEXT);
				configuration.placeholders(placeholders);
				log.debug("PostgreSQL ledger: long texts are {}", POSTGRES_LONG_TEXT);
			}
			else {
				// a file store of HSQLDB's: its row cache sized for a whole ledger (PostgreSQL sizes its own)
				configuration.callbacks(new HsqldbCache(cacheMegabytes));
			}
		};
	}

	/**
	 * A file store that HSQLDB creates on this run takes its row cache from the connection ({@link HsqldbCache}); an
	 * existing one has it set after migrating.
	 */
	@Bean
	static BeanPostProcessor hsqldbCacheOnCreation(@Value("${scrutiny.store.cache-mb}") int cacheMegabytes) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
						&& hikari.getJdbcUrl().startsWith(HSQLDB_FILE)) {
					new HsqldbCache(cacheMegabytes).connectionProperties().forEach(hikari::addDataSourceProperty);
				}
				return bean;
			}
		};
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product.toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database the ledger is on: " + ex.getMessage(), ex);
		}
	}

}
