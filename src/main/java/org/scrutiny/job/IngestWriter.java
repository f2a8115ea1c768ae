package org.scrutiny.job;

import java.util.Locale;

import org.scrutiny.ingest.InputFile;
import org.scrutiny.store.IngestOutcome;
import org.scrutiny.store.IngestOutcome.Change;
import org.scrutiny.store.SourceDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Records each file read at ingest in the ledger and says in the log what became of it; files unchanged since an
 * earlier run are counted in one line at the end (a national store has thousands of them each month).
 */
class IngestWriter implements ItemWriter<InputFile>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

	private final SourceDocuments documents;

	private int unchanged;

	IngestWriter(SourceDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		unchanged = 0;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (unchanged > 0) {
			log.info("{} unchanged since an earlier run", unchanged == 1 ? "1 file" : unchanged + " files");
		}
		return null;
	}

	@Override
	public void write(Chunk<? extends InputFile> files) {
		for (InputFile file : files) {
			IngestOutcome outcome = documents.ingest(file);
			if (outcome.change() == Change.UNCHANGED) {
				unchanged++;
				log.debug("{}: unchanged since an earlier run ({})", file.name(),
						outcome.state().name().toLowerCase(Locale.ROOT));
				continue;
			}
			switch (outcome.state()) {
				case REJECTED -> log.info("{}: rejected: {}", file.name(), outcome.reason());
				case DUPLICATE -> log.info("{}: {}, not counted twice", file.name(), outcome.reason());
				default -> log.info("{}: {}, {} bytes, {}", file.name(),
						switch (outcome.change()) {
							case NEW -> "new";
							case RETRIED -> "failed last time, trying again";
							case REREAD -> "read again by this version's reading rules";
							default -> "changed, replacing what was stored from it";
						},
						file.size(), file.charset());
			}
		}
	}

}
