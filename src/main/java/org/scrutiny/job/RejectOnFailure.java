package org.scrutiny.job;

import java.util.function.Consumer;

import org.scrutiny.store.ParsedFile;
import org.scrutiny.store.SourceDocuments;
import org.scrutiny.store.StagedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	/** The processor, but a file it throws on is set aside ("could not be parsed: ...") and filtered out. */
	<O> ItemProcessor<StagedText, O> processor(String failure, ItemProcessor<StagedText, O> processor) {
		return item -> {
			try {
				return processor.process(item);
			}
			catch (RuntimeException ex) {
				setAside(item.sourceFile(), failure, ex);
				return null;
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
