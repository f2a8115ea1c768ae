package org.scrutiny.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.scrutiny.export.CsvExporter;
import org.scrutiny.export.ExportResult;
import org.scrutiny.export.LedgerCsvExporter;
import org.scrutiny.export.OutputFolders;
import org.scrutiny.store.JdbcMeetingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the CSVs for the period asked for, or else for the month of the latest meeting in the store (known only
 * once everything is stored). Rewrites every file whole, so running it again is harmless. A public-only run
 * ({@code --public-only}) writes none of them: the CSVs are internal (they keep restricted rows and the rejects), and
 * only the transparency report is written, by the report step.
 */
class ExportTasklet implements Tasklet {

	/** Key of the job execution context entry naming the folder written, for the run summary. */
	static final String EXPORT_FOLDER = "scrutiny.export.folder";

	private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);

	private final CsvExporter exporter;

	private final LedgerCsvExporter ledgerExporter;

	private final JdbcMeetingStore store;

	private final Path output;

	private final YearMonth requestedPeriod;

	private final boolean publicOnly;

	ExportTasklet(CsvExporter exporter, LedgerCsvExporter ledgerExporter, JdbcMeetingStore store, Path output,
			YearMonth requestedPeriod, boolean publicOnly) {
		this.exporter = exporter;
		this.ledgerExporter = ledgerExporter;
		this.store = store;
		this.output = output;
		this.requestedPeriod = requestedPeriod;
		this.publicOnly = publicOnly;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		YearMonth period = store.period(requestedPeriod).orElse(null);
		if (period == null) {
			log.warn("No meeting is stored yet, so there is no period to export; give --period=YYYY-MM to export "
					+ "the rejects");
			return RepeatStatus.FINISHED;
		}
		if (publicOnly) {
			Path folder = OutputFolders.forPeriod(output, period);
			log.info("Public-only run: the internal CSVs of {} are not written", period);
			remember(chunkContext, folder);
			return RepeatStatus.FINISHED;
		}
		ExportResult result = exporter.export(output, period);
		int[] figures = ledgerExporter.export(output, period);
		log.info("Exported {}: {} meetings, {} attendance rows, {} actions, {} rejects into {}", result.period(),
				result.meetings(), result.attendance(), result.actions(), result.rejects(), result.folder());
		log.info("Exported {}: {} role-count rows, {} actions by age, {} topic mentions, {} topics", result.period(),
				figures[0], figures[1], figures[2], figures[3]);
		remember(chunkContext, result.folder());
		return RepeatStatus.FINISHED;
	}

	/** The period's folder, for the run summary, the run log and the report step. */
	private static void remember(ChunkContext chunkContext, Path folder) {
		chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.putString(EXPORT_FOLDER, folder.toString());
	}

}
