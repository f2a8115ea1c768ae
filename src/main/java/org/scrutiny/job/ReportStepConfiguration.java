package org.scrutiny.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.scrutiny.report.BoardPackData;
import org.scrutiny.report.ReportRenderer;
import org.scrutiny.report.RowCap;
import org.scrutiny.report.TransparencyData;
import org.scrutiny.store.JdbcMeetingStore;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * report: the stored ledger and the period's figures -> {@code <output>/<YYYY-MM>/board-pack.pdf} and
 * {@code transparency-report.pdf}; with the job parameter {@code public-only=true} ({@code --public-only}) only the transparency report.
 * Their long lists stop at {@code scrutiny.report.max-rows} rows ({@link RowCap}).
 */
@Configuration(proxyBeanMethods = false)
class ReportStepConfiguration {

	/** One renderer for the application: it keeps the compiled reports it has loaded. */
	@Bean
	ReportRenderer reportRenderer() {
		return new ReportRenderer();
	}

	/**
	 * How many rows the long lists of both PDFs print at most ({@code --scrutiny.report.max-rows}); made at start, so
	 * that a value that is not a number of 1 or more stops the run with exit code 2 before any step, not in the last.
	 */
	@Bean
	RowCap reportRowCap(@Value("${" + RowCap.PROPERTY + ":" + RowCap.DEFAULT + "}") String maxRows) {
		try {
			return new RowCap(Integer.parseInt(maxRows.strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new BadArgumentsException(RowCap.PROPERTY + " must be a whole number of rows, 1 or more, not '"
					+ maxRows + "'");
		}
	}

	@Bean
	@StepScope
	ReportTasklet reportTasklet(JdbcClient jdbcClient, ReportRenderer reportRenderer, JdbcMeetingStore meetingStore,
			RowCap reportRowCap, @Value("#{jobParameters['" + LaunchOptions.OUTPUT + "']}") String output,
			@Value("#{jobParameters['" + LaunchOptions.PERIOD + "']}") String period,
			@Value("#{jobParameters['" + LaunchOptions.PUBLIC_ONLY + "']}") String publicOnly,
			AsyncTaskExecutor processorThreads) {
		return new ReportTasklet(new BoardPackData(jdbcClient, reportRowCap),
				new TransparencyData(jdbcClient, reportRowCap), reportRenderer,
				meetingStore, Path.of(output), period == null ? null : YearMonth.parse(period),
				Boolean.parseBoolean(publicOnly), processorThreads);
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklet reportTasklet) {
		return new StepBuilder("reportStep", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

}
