package org.scrutiny.job;

import java.util.function.Consumer;

import org.scrutiny.store.ParsedFile;
import org.scrutiny.store.SourceDocuments;
import org.scrutiny.store.StagedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one bad file from stopping every run: when the normaliser, the parser or the store throws on a file, the file
 * is set aside as rejected with the reason, in the chunk's transaction, and the run goes on with the others. Without
 * this a file that always fails would fail every later run too, restarts included, since it stays in the ledger.
 */
class RejectOnFailure {

	/** Longest exception message kept in a reason. */
	private static final int MAX_MESSAGE = 300;

	private static final Logger log = LoggerFactory.getLogger(RejectOnFailure.class);

	private final SourceDocuments documents;

	private final TransactionTemplate savepoint;

	RejectOnFailure(SourceDocuments documents, PlatformTransactionManager transactionManager) {
		this.documents = documents;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * The outcome of processing one file: its result, or what was being done and what was thrown. A processor may run
	 * on a worker thread, outside the chunk's transaction, so it only records a failure; {@link #writer(ItemWriter)}
	 * sets the file aside, in the chunk's transaction.
	 */
	record Attempt<O>(String sourceFile, O result, String failure, RuntimeException error) {
	}

	/** The processor, but a file it throws on comes out as a failed attempt instead of failing the chunk. */
	<O> ItemProcessor<StagedText, Attempt<O>> processor(String failure, ItemProcessor<StagedText, O> processor) {
		return item -> {
			try {
				return new Attempt<>(item.sourceFile(), processor.process(item), failure, null);
			}
			catch (RuntimeException ex) {
				return new Attempt<>(item.sourceFile(), null, failure, ex);
			}
		};
	}

	/** Sets aside the files whose processing failed, and writes the others' results. */
	<O> ItemWriter<Attempt<O>> writer(ItemWriter<O> results) {
		return attempts -> {
			Chunk<O> written = new Chunk<>();
			for (Attempt<O> attempt : attempts) {
				if (attempt.error() == null) {
					written.add(attempt.result());
				}
				else {
					setAside(attempt.sourceFile(), attempt.failure(), attempt.error());
				}
			}
			if (!written.isEmpty()) {
				results.write(written);
			}
		};
	}

	/** Stores each file under a savepoint; a file that cannot be stored is rolled back and set aside. */
	ItemWriter<ParsedFile> writer(String failure, Consumer<ParsedFile> store) {
		return files -> {
			for (ParsedFile file : files) {
				try {
					savepoint.executeWithoutResult(status -> store.accept(file));
				}
				catch (RuntimeException ex) {
					setAside(file.sourceFile(), failure, ex);
				}
			}
		};
	}

	/** The frame that threw, as Class.method:line, to find the fault without the message. */
	private static String where(Throwable ex) {
		StackTraceElement[] trace = ex.getStackTrace();
		if (trace.length == 0) {
			return "an unknown place";
		}
		String className = trace[0].getClassName();
		return className.substring(className.lastIndexOf('.') + 1) + "." + trace[0].getMethodName() + ":"
				+ trace[0].getLineNumber();
	}

	private void setAside(String sourceFile, String failure, RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		String reason = failure + ": " + ex.getClass().getSimpleName() + ": "
				+ (message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "..." : message);
		// the message may quote the notes, perhaps a protectively-marked passage: it goes to rejects.csv, not the log
		log.warn("{}: rejected: {} ({} at {}); the reason is in rejects.csv", sourceFile, failure,
				ex.getClass().getSimpleName(), where(ex));
		documents.setAside(sourceFile, reason);
	}

}
