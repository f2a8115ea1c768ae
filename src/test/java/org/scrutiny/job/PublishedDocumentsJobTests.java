package org.scrutiny.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scrutiny.export.CsvColumns;
import org.scrutiny.ingest.TypesetNotes;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample notes dropped into the input folder as the PDFs and Word files they were published as give the ledger
 * rows their text dumps give; and a published document is read once, again only when it changes (issue 24).
 */
class PublishedDocumentsJobTests extends SampleNotesJobTest {

	private static final String LATEST = "2020-11";

	/** Where a row comes from in its file differs by format (the file's name, its lines); what it says does not. */
	private static final List<String> WHERE = List.of("action_id", "source_file", "source_line", "source_page");

	@Test
	void publishedAsPdfOrWordTheSamplesGiveTheLedgerOfTheirTextDumps() throws Exception {
		assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, List<Map<String, String>>> fromText = ledgerRows();
		Path dumps = input;

		for (Map.Entry<String, Function<String, byte[]>> format : new TreeMap<>(Map.<String, Function<String, byte[]>>of(".pdf",
				TypesetNotes::pdf, ".docx", TypesetNotes::docx)).entrySet()) {
			JobTestFiles.emptyStore(jdbc);
			input = dumps;
			publishAs(format.getKey(), format.getValue());
			output = folder.resolve("output" + format.getKey());

			assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);

			Map<String, List<Map<String, String>>> fromDocuments = ledgerRows();
			assertThat(without(OWNERS, fromDocuments)).as(format.getKey()).isEqualTo(without(OWNERS, fromText));
			// as TypesetSamplesTests says: 000's dump is itself a damaged extraction whose owner cell "1.DPCC 2.CEx"
			// stands a line below the two actions it owns; typeset, the lines its cells wrap onto move it away
			assertThat(ownedOtherwise(fromDocuments, fromText)).as(format.getKey()).isLessThanOrEqualTo(format.getKey().equals(".pdf") ? 2 : 0);
		}
	}

	@Test
	void aPublishedDocumentIsReadAgainOnlyWhenItChanges() throws Exception {
		publishAs(".pdf", TypesetNotes::pdf);
		assertThat(written(run(null))).as("the first run").containsOnly(5L);

		assertThat(written(run(null))).as("a rerun").containsOnly(0L);

		Path march = input.resolve(JobTestFiles.MARCH_2018.replace(".txt", ".pdf"));
		Files.write(march, TypesetNotes.pdf(dumpOf(JobTestFiles.MARCH_2018).replace("Track my Crime", "Track My Crime")));
		assertThat(written(run(null))).as("after one PDF changed").containsOnly(1L);
	}

	/** Each sample in the input folder replaced by the document it was published as, in a folder of its own. */
	private void publishAs(String extension, Function<String, byte[]> format) throws Exception {
		List<Path> dumps;
		try (Stream<Path> files = Files.list(input)) {
			dumps = files.filter(f -> f.toString().endsWith(".txt")).toList();
		}
		Path published = Files.createDirectories(folder.resolve("published" + extension));
		for (Path dump : dumps) {
			String name = dump.getFileName().toString().replace(".txt", extension);
			Files.write(published.resolve(name), format.apply(Files.readString(dump, StandardCharsets.UTF_8)));
		}
		input = published;
	}

	private String dumpOf(String sample) throws Exception {
		return Files.readString(JobTestFiles.seedsIn(folder.resolve("seeds-again")).resolve(sample), StandardCharsets.UTF_8);
	}

	/** Files written by the steps that read notes: none where nothing is read again. */
	private static List<Long> written(Run run) {
		assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
		return run.execution().getStepExecutions().stream()
			.filter(step -> List.of("normaliseStep", "parseStep", "storeStep").contains(step.getStepName()))
			.map(StepExecution::getWriteCount)
			.toList();
	}

	private static final List<String> OWNERS = List.of("owners", "owner_names");

	private static Map<String, List<Map<String, String>>> without(List<String> columns, Map<String, List<Map<String, String>>> csvs) {
		Map<String, List<Map<String, String>>> out = new TreeMap<>();
		csvs.forEach((csv, rows) -> out.put(csv, rows.stream().map(row -> {
			Map<String, String> kept = new TreeMap<>(row);
			kept.keySet().removeAll(columns);
			return kept;
		}).toList()));
		return out;
	}

	/** Rows of actions.csv (the same rows, in the same order) whose owners differ. */
	private static long ownedOtherwise(Map<String, List<Map<String, String>>> got, Map<String, List<Map<String, String>>> want) {
		List<Map<String, String>> a = got.get(CsvColumns.ACTIONS_CSV);
		List<Map<String, String>> b = want.get(CsvColumns.ACTIONS_CSV);
		return IntStream.range(0, Math.min(a.size(), b.size()))
			.filter(i -> !a.get(i).get("owners").equals(b.get(i).get("owners")))
			.count();
	}

	/** actions.csv and carry-forward.csv without the columns that say where in its file a row comes from. */
	private Map<String, List<Map<String, String>>> ledgerRows() {
		Map<String, List<Map<String, String>>> out = new TreeMap<>();
		for (String csv : List.of(CsvColumns.ACTIONS_CSV, CsvColumns.CARRY_FORWARD_CSV)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (Map<String, String> row : JobTestFiles.csvRows(output, LATEST, csv)) {
				Map<String, String> what = new TreeMap<>(row);
				what.keySet().removeAll(WHERE);
				rows.add(what);
			}
			out.put(csv, rows);
		}
		return out;
	}

}
