package org.scrutiny.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.scrutiny.export.OutputFolders;
import org.scrutiny.report.BoardPackData;
import org.scrutiny.report.ReportContent;
import org.scrutiny.report.ReportRenderer;
import org.scrutiny.report.TransparencyData;
import org.scrutiny.report.TransparencyPage;
import org.scrutiny.store.JdbcMeetingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Writes the period's PDFs into {@code <output>/<YYYY-MM>/}: the board pack (unless the run is public only) and the
 * transparency report, with the transparency report's web page ({@code transparency/index.html}) made from the same
 * content. Filled from the database alone; rewrites them whole, so running it again is harmless.
 */
class ReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private final BoardPackData boardPack;

	private final TransparencyData transparency;

	private final ReportRenderer renderer;

	private final TransparencyPage page = new TransparencyPage();

	private final JdbcMeetingStore store;

	private final Path output;

	private final YearMonth requestedPeriod;

	private final boolean publicOnly;

	private final AsyncTaskExecutor threads;

	ReportTasklet(BoardPackData boardPack, TransparencyData transparency, ReportRenderer renderer, JdbcMeetingStore store,
			Path output, YearMonth requestedPeriod, boolean publicOnly, AsyncTaskExecutor threads) {
		this.boardPack = boardPack;
		this.transparency = transparency;
		this.renderer = renderer;
		this.store = store;
		this.output = output;
		this.requestedPeriod = requestedPeriod;
		this.publicOnly = publicOnly;
		this.threads = threads;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		YearMonth period = store.period(requestedPeriod).orElse(null);
		if (period == null) {
			log.warn("No meeting is stored yet, so there is no period to report on");
			return RepeatStatus.FINISHED;
		}
		Path folder = OutputFolders.forPeriod(output, period);
		FontCopies.loadAndList();
		// the two reports share nothing but the read-only store: the board pack is filled on another core meanwhile
		Future<Path> pack = publicOnly ? null : threads.submit(() -> renderer.write(boardPack.forPeriod(period), folder));
		Path published;
		Path web;
		try {
			// one content for the PDF and the page, so their figures and wording cannot differ
			ReportContent content = transparency.forPeriod(period);
			published = renderer.write(content, folder);
			web = page.write(content, folder);
		}
		catch (RuntimeException ex) {
			if (pack != null) {
				pack.cancel(false);
			}
			throw ex;
		}
		if (pack != null) {
			log.info("Wrote the board pack {}", await(pack));
		}
		log.info("Wrote the transparency report {} and its web page {}", published, web);
		return RepeatStatus.FINISHED;
	}

	private static Path await(Future<Path> report) {
		try {
			return report.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the board pack was written", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
