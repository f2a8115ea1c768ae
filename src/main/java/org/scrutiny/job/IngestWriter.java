package org.scrutiny.job;

import java.util.Locale;

import org.scrutiny.ingest.InputFile;
import org.scrutiny.store.IngestOutcome;
import org.scrutiny.store.IngestOutcome.Change;
import org.scrutiny.store.SourceDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Records each file read at ingest in the ledger and says in the log what became of it.
 */
class IngestWriter implements ItemWriter<InputFile> {

	private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

	private final SourceDocuments documents;

	IngestWriter(SourceDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void write(Chunk<? extends InputFile> files) {
		for (InputFile file : files) {
			IngestOutcome outcome = documents.ingest(file);
			if (outcome.change() == Change.UNCHANGED) {
				log.info("{}: unchanged since an earlier run ({})", file.name(),
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
							default -> "changed, replacing what was stored from it";
						},
						file.size(), file.charset());
			}
		}
	}

}
