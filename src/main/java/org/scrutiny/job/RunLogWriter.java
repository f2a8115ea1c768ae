package org.scrutiny.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.scrutiny.export.OutputFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appends this run's account to {@value #RUN_LOG} in its period folder (or the output folder, when the run stopped
 * before it knew its period): what became of every file of the input folder, the replacements, the files written and
 * each step's timing. It names files, never quotes the notes: a reason that could quote them is left to rejects.csv.
 */
class RunLogWriter implements JobExecutionListener {

	static final String RUN_LOG = "run-log.txt";

	/** States whose reason was written by ingest or the store from file names alone, so it is safe to repeat here. */
	private static final List<String> NAMED_REASONS = List.of("REJECTED", "DUPLICATE", "REPLACED");

	private static final String FILES_SQL = """
			select d.source_file, d.state, d.charset, d.size_bytes,
			       (select count(*) from reject r where r.source_file = d.source_file) as rejects,
			       (select count(*) from meeting m where m.source_file = d.source_file) as meetings,
			       (select min(r.reason) from reject r where r.source_file = d.source_file and r.position = 1) as reason
			from source_document d order by d.source_file""";

	private static final Logger log = LoggerFactory.getLogger(RunLogWriter.class);

	private final JdbcClient jdbc;

	RunLogWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterJob(JobExecution execution) {
		try {
			Path folder = folder(execution);
			List<String> written = written(folder, execution.getStartTime());
			List<String> lines = new ArrayList<>();
			lines.add("== " + execution.getJobInstance().getJobName() + " run "
					+ execution.getJobParameters().getLong(ScrutinyLauncher.RUN_ID, execution.getJobInstance().getInstanceId())
					+ ", execution " + execution.getId() + ": " + execution.getStatus() + " ==");
			lines.add("started " + execution.getStartTime() + ", took " + took(execution.getStartTime(), execution.getEndTime()));
			lines.add("input " + execution.getJobParameters().getString(LaunchOptions.INPUT) + ", period "
					+ execution.getJobParameters().getString(LaunchOptions.PERIOD, "of the latest meeting") + ", public-only "
					+ execution.getJobParameters().getString(LaunchOptions.PUBLIC_ONLY, "false"));
			lines.add("steps (a step completed by an earlier attempt is not run again):");
			for (StepExecution step : execution.getStepExecutions()) {
				lines.add(String.format(Locale.ROOT, "  %-14s %-9s %8s  read %d, written %d, set aside %d", step.getStepName(),
						step.getStatus(), took(step.getStartTime(), step.getEndTime()), step.getReadCount(),
						step.getWriteCount(), step.getFilterCount()));
			}
			lines.add("files of the input folder:");
			lines.addAll(files());
			lines.add("written into " + folder + ":");
			lines.addAll(written.isEmpty() ? List.of("  nothing") : written);
			lines.add("");
			Files.createDirectories(folder);
			Files.write(OutputFolders.inside(folder, RUN_LOG), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			log.info("Wrote {} file(s) into {}: {}; run log {}", written.size(), folder,
					written.stream().map(line -> line.strip().split(" ")[0]).toList(), RUN_LOG);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			log.warn("Could not write the run log: {}", StartFailures.rootMessage(ex));
		}
	}

	private static Path folder(JobExecution execution) {
		String exported = execution.getExecutionContext().getString(ExportTasklet.EXPORT_FOLDER, null);
		if (exported != null) {
			return Path.of(exported);
		}
		Path output = Path.of(execution.getJobParameters().getString(LaunchOptions.OUTPUT, "output"));
		String period = execution.getJobParameters().getString(LaunchOptions.PERIOD);
		return period == null ? output.toAbsolutePath() : OutputFolders.inside(output, period);
	}

	private List<String> files() {
		return jdbc.sql(FILES_SQL).query((rs, row) -> {
			String state = rs.getString("state");
			String line = "  " + rs.getString("source_file") + ": " + state.toLowerCase(Locale.ROOT);
			if (NAMED_REASONS.contains(state)) {
				return line + ": " + rs.getString("reason");
			}
			if ("STORED".equals(state) && rs.getLong("meetings") == 0) {
				return line + ", no meeting read (the reason is in rejects.csv)";
			}
			String read = ", " + rs.getString("charset") + ", " + rs.getLong("size_bytes") + " bytes";
			long rejects = rs.getLong("rejects");
			return line + read + (rejects > 0 ? ", " + rejects + " reject(s) in rejects.csv" : "");
		}).list();
	}

	/** The files of the folder written since the run started (CSVs, reports), with their sizes. */
	private static List<String> written(Path folder, LocalDateTime since) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		FileTime start = FileTime.from(since.atZone(ZoneId.systemDefault()).toInstant().minusSeconds(1));
		try (Stream<Path> files = Files.list(folder)) {
			List<String> written = new ArrayList<>();
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (Files.isRegularFile(file) && !name.equals(RUN_LOG) && !name.endsWith(OutputFolders.PARTIAL)
						&& Files.getLastModifiedTime(file).compareTo(start) >= 0) {
					written.add("  " + name + " (" + Files.size(file) + " bytes)");
				}
			}
			return written;
		}
	}

	private static String took(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "-";
		}
		Duration duration = Duration.between(start, end != null ? end : LocalDateTime.now());
		return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
	}

}
