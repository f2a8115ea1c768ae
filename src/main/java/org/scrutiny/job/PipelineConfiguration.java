package org.scrutiny.job;

import java.time.Clock;

import org.scrutiny.export.CsvExporter;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.MeetingParser;
import org.scrutiny.store.JdbcMeetingStore;
import org.scrutiny.store.ParseResultJson;
import org.scrutiny.store.Replacements;
import org.scrutiny.store.SourceDocuments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plain classes of each stage as beans: the steps in {@link ScrutinyJobConfiguration} are wired from these.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

	@Bean
	Normaliser normaliser() {
		return new Normaliser();
	}

	@Bean
	MeetingParser meetingParser() {
		return new MeetingParser();
	}

	@Bean
	ParseResultJson parseResultJson() {
		return new ParseResultJson();
	}

	@Bean
	SourceDocuments sourceDocuments(JdbcClient jdbcClient) {
		return new SourceDocuments(jdbcClient);
	}

	@Bean
	JdbcMeetingStore meetingStore(JdbcClient jdbcClient) {
		return new JdbcMeetingStore(jdbcClient);
	}

	@Bean
	Replacements replacements(JdbcClient jdbcClient) {
		return new Replacements(jdbcClient);
	}

	@Bean
	FutureMeetings futureMeetings(Clock scrutinyClock) {
		return new FutureMeetings(scrutinyClock);
	}

	@Bean
	CsvExporter csvExporter(JdbcClient jdbcClient) {
		return new CsvExporter(jdbcClient);
	}

}
