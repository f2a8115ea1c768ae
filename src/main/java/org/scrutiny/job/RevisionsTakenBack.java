package org.scrutiny.job;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutiny.ingest.InputScanner;
import org.scrutiny.store.Replacements;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before ingest: a revision the user has taken out of the input folder, the file it replaced still there, is taken
 * back, and the original is read again in this run ({@link Replacements#restoreWhereRevisionRemoved}). A folder that
 * holds only the month's new files has neither, and nothing changes.
 */
class RevisionsTakenBack implements StepExecutionListener {

	private final Replacements replacements;

	private final TransactionTemplate transaction;

	RevisionsTakenBack(Replacements replacements, PlatformTransactionManager transactionManager) {
		this.replacements = replacements;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		String input = stepExecution.getJobParameters().getString(LaunchOptions.INPUT);
		if (input == null) {
			return;
		}
		Set<String> inInput = InputScanner.scan(Path.of(input)).stream()
			.map(path -> path.getFileName().toString())
			.collect(Collectors.toSet());
		transaction.executeWithoutResult(status -> replacements.restoreWhereRevisionRemoved(inInput));
	}

}
