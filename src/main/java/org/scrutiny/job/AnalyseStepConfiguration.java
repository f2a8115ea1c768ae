package org.scrutiny.job;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;

import org.scrutiny.analyse.TopicTaxonomy;
import org.scrutiny.export.LedgerCsvExporter;
import org.scrutiny.store.JdbcMeetingStore;
import org.scrutiny.store.LedgerBodies;
import org.scrutiny.store.LedgerEntries;
import org.scrutiny.store.LedgerStore;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * analyse: the stored meetings -> ledger, carry-forward ages, per-role counts and topic recurrence for the period.
 */
@Configuration(proxyBeanMethods = false)
class AnalyseStepConfiguration {

	/** The taxonomy shipped with Scrutiny; {@code --scrutiny.topics=FILE} replaces it. */
	static final String BUILT_IN_TOPICS = "/topics.csv";

	@Bean
	LedgerStore ledgerStore(JdbcClient jdbcClient) {
		return new LedgerStore(jdbcClient);
	}

	@Bean
	LedgerBodies ledgerBodies(JdbcClient jdbcClient) {
		return new LedgerBodies(jdbcClient);
	}

	@Bean
	LedgerEntries ledgerEntries(JdbcClient jdbcClient) {
		return new LedgerEntries(jdbcClient);
	}

	@Bean
	LedgerCsvExporter ledgerCsvExporter(JdbcClient jdbcClient) {
		return new LedgerCsvExporter(jdbcClient);
	}

	/** Read when the step runs, so that a malformed taxonomy fails the run with its file and line, not the start. */
	@Bean
	@StepScope
	AnalyseTasklet analyseTasklet(LedgerStore ledgerStore, LedgerBodies ledgerBodies, LedgerEntries ledgerEntries,
			JdbcMeetingStore meetingStore, ScrutinyProperties properties,
			@Value("#{jobParameters['" + LaunchOptions.PERIOD + "']}") String period) throws IOException {
		return new AnalyseTasklet(ledgerStore, ledgerBodies, ledgerEntries, meetingStore, taxonomy(properties),
				period == null ? null : YearMonth.parse(period));
	}

	@Bean
	Step analyseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AnalyseTasklet analyseTasklet) {
		return new StepBuilder("analyseStep", jobRepository).tasklet(analyseTasklet, transactionManager).build();
	}

	static TopicTaxonomy taxonomy(ScrutinyProperties properties) throws IOException {
		if (properties.topics() != null) {
			try (Reader in = Files.newBufferedReader(properties.topics(), StandardCharsets.UTF_8)) {
				return TopicTaxonomy.read(in, properties.topics().toString());
			}
		}
		try (Reader in = new InputStreamReader(AnalyseStepConfiguration.class.getResourceAsStream(BUILT_IN_TOPICS),
				StandardCharsets.UTF_8)) {
			return TopicTaxonomy.read(in, "built-in topics.csv");
		}
	}

}
