package org.scrutiny.job;

import java.nio.file.Path;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.scrutiny.export.CsvExporter;
import org.scrutiny.export.LedgerCsvExporter;
import org.scrutiny.ingest.InputFile;
import org.scrutiny.ingest.InputFileReader;
import org.scrutiny.ingest.InputScanner;
import org.scrutiny.normalise.NormalisedNote;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.MeetingParser;
import org.scrutiny.store.JdbcMeetingStore;
import org.scrutiny.store.ParseResultJson;
import org.scrutiny.store.ParsedFile;
import org.scrutiny.store.Replacements;
import org.scrutiny.store.SourceDocuments;
import org.scrutiny.store.Stage;
import org.scrutiny.store.StagedText;
import org.scrutiny.store.Staging;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code scrutinyJob}: ingest, normalise, parse, store, analyse, export, report (analyse is wired in
 * {@link AnalyseStepConfiguration}, report in {@link ReportStepConfiguration}). Each step reads what the previous one left in
 * {@code source_document} (see {@link Stage}), so a run cut short restarts cleanly: completed steps are skipped and the
 * step in hand carries on with the files not yet moved on. A file the normaliser, parser or store throws on is set
 * aside with the reason ({@link RejectOnFailure}) and the others go on.
 */
@Configuration(proxyBeanMethods = false)
class ScrutinyJobConfiguration {

	static final String JOB_NAME = "scrutinyJob";

	/**
	 * Files per transaction. One per chunk spent most of a national run committing (10 ms a file on a synced file
	 * database, see README "Performance"); a run cut short loses at most this many files' work, which the restart
	 * redoes, since each file moves on in the same transaction as its rows.
	 */
	private static final int FILES_PER_CHUNK = 100;

	@Bean
	Job scrutinyJob(JobRepository jobRepository, Step ingestStep, Step normaliseStep, Step parseStep, Step storeStep,
			Step analyseStep, Step exportStep, Step reportStep, RunSummaryListener runSummaryListener, RunLogWriter runLogWriter) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(runSummaryListener)
			.listener(runLogWriter)
			.start(ingestStep)
			.next(normaliseStep)
			.next(parseStep)
			.next(storeStep)
			.next(analyseStep)
			.next(exportStep)
			.next(reportStep)
			.build();
	}

	@Bean
	RunSummaryListener runSummaryListener(JdbcMeetingStore meetingStore) {
		return new RunSummaryListener(meetingStore);
	}

	@Bean
	RejectOnFailure rejectOnFailure(SourceDocuments sourceDocuments, PlatformTransactionManager transactionManager) {
		return new RejectOnFailure(sourceDocuments, transactionManager);
	}

	// ingest: every entry of the input folder, by name -> source_document (INGESTED, REJECTED or DUPLICATE)

	@Bean
	@StepScope
	ListItemReader<Path> inputFolderReader(@Value("#{jobParameters['" + LaunchOptions.INPUT + "']}") String input) {
		return new ListItemReader<>(InputScanner.scan(Path.of(input)));
	}

	/**
	 * Files are read, hashed and decoded on every core at once; recorded in order. First, revisions taken out of the
	 * input folder give back the files they replaced.
	 */
	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<Path> inputFolderReader, SourceDocuments sourceDocuments, Replacements replacements,
			AsyncTaskExecutor processorThreads) {
		return new StepBuilder("ingestStep", jobRepository).<Path, InputFile>chunk(FILES_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(inputFolderReader)
			.processor(new InputFileReader()::read)
			.writer(new IngestWriter(sourceDocuments))
			.listener(new RevisionsTakenBack(replacements, transactionManager))
			.listener(new StepProgress<InputFile>())
			.taskExecutor(processorThreads)
			.build();
	}

	// normalise: raw_text of INGESTED files -> normalised_text, NORMALISED

	@Bean
	@StepScope
	JdbcPagingItemReader<StagedText> normaliseReader(DataSource dataSource) throws Exception {
		return Staging.reader(dataSource, Stage.NORMALISE, FILES_PER_CHUNK);
	}

	@Bean
	ItemProcessor<StagedText, StagedText> normaliseProcessor(Normaliser normaliser) {
		return raw -> new StagedText(raw.sourceFile(), normaliser.normalise(raw.sourceFile(), raw.text()).serialise());
	}

	@Bean
	JdbcBatchItemWriter<StagedText> normaliseWriter(DataSource dataSource) {
		return Staging.writer(dataSource, Stage.NORMALISE);
	}

	@Bean
	Step normaliseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<StagedText> normaliseReader, ItemProcessor<StagedText, StagedText> normaliseProcessor,
			JdbcBatchItemWriter<StagedText> normaliseWriter, RejectOnFailure rejectOnFailure,
			AsyncTaskExecutor processorThreads) {
		return stagedStep("normaliseStep", jobRepository, transactionManager, normaliseReader,
				rejectOnFailure.processor("could not be normalised", normaliseProcessor),
				rejectOnFailure.writer(normaliseWriter), processorThreads);
	}

	// parse: normalised_text of NORMALISED files -> parsed_json (the ParseResult), PARSED

	@Bean
	@StepScope
	JdbcPagingItemReader<StagedText> parseReader(DataSource dataSource) throws Exception {
		return Staging.reader(dataSource, Stage.PARSE, FILES_PER_CHUNK);
	}

	@Bean
	ItemProcessor<StagedText, StagedText> parseProcessor(MeetingParser meetingParser, ParseResultJson json) {
		return lines -> new StagedText(lines.sourceFile(),
				json.write(meetingParser.parse(lines.sourceFile(), NormalisedNote.deserialise(lines.text()))));
	}

	@Bean
	JdbcBatchItemWriter<StagedText> parseWriter(DataSource dataSource) {
		return Staging.writer(dataSource, Stage.PARSE);
	}

	@Bean
	Step parseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<StagedText> parseReader, ItemProcessor<StagedText, StagedText> parseProcessor,
			JdbcBatchItemWriter<StagedText> parseWriter, RejectOnFailure rejectOnFailure,
			AsyncTaskExecutor processorThreads) {
		return stagedStep("parseStep", jobRepository, transactionManager, parseReader,
				rejectOnFailure.processor("could not be parsed", parseProcessor), rejectOnFailure.writer(parseWriter),
				processorThreads);
	}

	/**
	 * A step that moves files from one stage's text to the next, as {@link Staging} reads and writes them. The files of
	 * a chunk are processed on all cores at once (the normaliser and parser are pure functions); they are written in
	 * order, in the chunk's transaction, so the result is the same as one by one.
	 */
	private static Step stagedStep(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<StagedText> reader,
			ItemProcessor<StagedText, RejectOnFailure.Attempt<StagedText>> processor,
			ItemWriter<RejectOnFailure.Attempt<StagedText>> writer, AsyncTaskExecutor processorThreads) {
		return new StepBuilder(name, jobRepository).<StagedText, RejectOnFailure.Attempt<StagedText>>chunk(FILES_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.listener(new StepProgress<RejectOnFailure.Attempt<StagedText>>())
			.taskExecutor(processorThreads)
			.build();
	}

	/** One thread per core, for work done on every core at once: the staged steps' processors, the two reports. */
	@Bean
	ThreadPoolTaskExecutor processorThreads() {
		ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
		threads.setCorePoolSize(Runtime.getRuntime().availableProcessors());
		threads.setThreadNamePrefix("processor-");
		threads.setDaemon(true);
		return threads;
	}

	// store: parsed_json of PARSED files -> meeting, attendee, action, action_owner, reject; STORED

	@Bean
	@StepScope
	JdbcPagingItemReader<StagedText> storeReader(DataSource dataSource) throws Exception {
		return Staging.reader(dataSource, Stage.STORE, FILES_PER_CHUNK);
	}

	@Bean
	Step storeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<StagedText> storeReader, ParseResultJson json, JdbcMeetingStore meetingStore,
			RunSummaryListener runSummaryListener, RejectOnFailure rejectOnFailure, FutureMeetings futureMeetings,
			Replacements replacements) {
		return new StepBuilder("storeStep", jobRepository).<StagedText, ParsedFile>chunk(FILES_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(storeReader)
			.processor(parsed -> futureMeetings.check(new ParsedFile(parsed.sourceFile(), json.read(parsed.text()))))
			.writer(rejectOnFailure.writer("could not be stored", file -> {
				meetingStore.replace(file);
				replacements.record(file);
			}))
			.listener(runSummaryListener)
			.listener(new StepProgress<ParsedFile>())
			.build();
	}

	// export: every meeting up to the end of the period -> <output>/<YYYY-MM>/*.csv

	@Bean
	@StepScope
	ExportTasklet exportTasklet(CsvExporter csvExporter, LedgerCsvExporter ledgerCsvExporter, JdbcMeetingStore meetingStore,
			@Value("#{jobParameters['" + LaunchOptions.OUTPUT + "']}") String output,
			@Value("#{jobParameters['" + LaunchOptions.PERIOD + "']}") String period,
			@Value("#{jobParameters['" + LaunchOptions.PUBLIC_ONLY + "']}") String publicOnly) {
		return new ExportTasklet(csvExporter, ledgerCsvExporter, meetingStore, Path.of(output),
				period == null ? null : YearMonth.parse(period), Boolean.parseBoolean(publicOnly));
	}

	@Bean
	Step exportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ExportTasklet exportTasklet) {
		return new StepBuilder("exportStep", jobRepository).tasklet(exportTasklet, transactionManager).build();
	}

}
