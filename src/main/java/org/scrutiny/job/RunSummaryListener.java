package org.scrutiny.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Meeting;
import org.scrutiny.store.JdbcMeetingStore;
import org.scrutiny.store.LedgerCounts;
import org.scrutiny.store.ParsedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * What a user follows in the log: one line per stored file with what was found in it, and a summary at the end of
 * the run.
 */
class RunSummaryListener implements JobExecutionListener, ItemWriteListener<ParsedFile> {

	/** Said instead of the body's name when the whole of the notes is protectively marked. */
	static final String PROTECTIVELY_MARKED = "protectively-marked notes";

	private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

	private final JdbcMeetingStore store;

	RunSummaryListener(JdbcMeetingStore store) {
		this.store = store;
	}

	@Override
	public void afterWrite(Chunk<? extends ParsedFile> files) {
		for (ParsedFile file : files) {
			log.info(describe(file));
		}
	}

	static String describe(ParsedFile file) {
		int rejects = file.result().rejects().size();
		if (file.result().meeting().isEmpty()) {
			// the reason may quote the notes: it is in rejects.csv, never in the log
			return file.sourceFile() + ": no meeting read" + (rejects > 0 ? "; the reason is in rejects.csv" : "");
		}
		Meeting meeting = file.result().meeting().get();
		long present = meeting.attendees().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
		long apologies = meeting.attendees().size() - present;
		long raised = meeting.actions().stream().map(Action::kind).filter(ActionKind.RAISED::equals).count();
		long broughtForward = meeting.actions().size() - raised;
		return String.format(Locale.ROOT, "%s: %s %s: %d present, %s, %s raised, %d brought forward, %s not read",
				file.sourceFile(), meeting.date(), meeting.isMarked() ? PROTECTIVELY_MARKED : meeting.body(), present, count(apologies, "apology", "apologies"),
				count(raised, "action", "actions"), broughtForward, count(rejects, "line", "lines"));
	}

	private static String count(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	@Override
	public void afterJob(JobExecution execution) {
		String took = took(execution.getStartTime(), execution.getEndTime());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String cause = execution.getAllFailureExceptions()
				.stream()
				.findFirst()
				.map(StartFailures::rootMessage)
				.orElse(execution.getExitStatus().getExitDescription());
			log.error("{} {} after {}: {}. Run the same command again to carry on from where it stopped.",
					execution.getJobInstance().getJobName(), execution.getStatus(), took, cause);
			return;
		}
		LedgerCounts counts = store.counts();
		String folder = execution.getExecutionContext().getString(ExportTasklet.EXPORT_FOLDER, "nowhere");
		// in a user's words: files read and refused, meetings stored, lines that could not be read, actions and updates
		log.info("{} COMPLETED in {}: {} read, {} refused, {} stored, {} not read, {} raised, {} recorded; outputs in {}",
				execution.getJobInstance().getJobName(), took, count(counts.filesRead(), "file", "files"),
				count(counts.filesRefused(), "file", "files"), count(counts.meetings(), "meeting", "meetings"),
				count(counts.linesNotRead(), "line", "lines"), count(counts.actionsRaised(), "action", "actions"),
				count(counts.updates(), "update on an earlier action", "updates on earlier actions"), folder);
	}

	private static String took(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "?";
		}
		Duration duration = Duration.between(start, end != null ? end : LocalDateTime.now());
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
