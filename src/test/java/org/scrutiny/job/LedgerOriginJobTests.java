package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scrutiny.export.CsvColumns;

import org.springframework.batch.core.BatchStatus;

/**
 * Two consecutive meetings of one body (RSE-AUNZ steering committee, April and May 2020, read from ../shared/real at
 * run time and skipped without it): the May notes report on April's actions without naming April, and the job gives
 * those rows April as the month they were raised.
 */
class LedgerOriginJobTests extends SampleNotesJobTest {

	private static final String APRIL = "304_rse-aunz-steering-committee-2020-04.md";

	private static final String MAY = "305_rse-aunz-steering-committee-2020-05.md";

	@Test
	void mayReportsOnAprilsActionsAsRaisedInApril() throws Exception {
		copyRealMinutes(APRIL);
		copyRealMinutes(MAY);
		assertThat(run("2020-05").status()).isEqualTo(BatchStatus.COMPLETED);

		// under "Actions from the previous meeting", no month named
		assertThat(mayRow("Contact Rowland Mosbergen about pictures")).containsEntry("kind", "brought_forward")
			.containsEntry("raised_in", "2020-04");
		// listed again among May's actions with no mark: still April's action, brought forward
		assertThat(mayRow("Draft a post for the website summarising")).containsEntry("kind", "brought_forward")
			.containsEntry("raised_in", "2020-04");
		// a new action stays raised in May
		assertThat(mayRow("Share logo and branding details")).containsEntry("kind", "raised")
			.containsEntry("raised_in", "2020-05");
	}

	@Test
	void aMonthlyRunGivesTheSameActionsAsOneRunOfBoth() throws Exception {
		copyRealMinutes(APRIL);
		copyRealMinutes(MAY);
		run("2020-05");
		byte[] inOneGo = JobTestFiles.csvBytes(output, "2020-05", CsvColumns.ACTIONS_CSV);

		executions.removeJobExecutions();
		JobTestFiles.emptyStore(jdbc);
		Path aside = Files.createDirectories(folder.resolve("aside"));
		Files.move(input.resolve(MAY), aside.resolve(MAY));
		assertThat(run("2020-04").status()).isEqualTo(BatchStatus.COMPLETED);
		Files.move(aside.resolve(MAY), input.resolve(MAY));
		assertThat(run("2020-05").status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(JobTestFiles.csvBytes(output, "2020-05", CsvColumns.ACTIONS_CSV)).isEqualTo(inOneGo);

		// a rerun with nothing new changes nothing
		assertThat(run("2020-05").status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(JobTestFiles.csvBytes(output, "2020-05", CsvColumns.ACTIONS_CSV)).isEqualTo(inOneGo);
	}

	@Test
	void carryingTwoBodiesOnAtOnceGivesTheLedgerOfOneRunOfAll() throws Exception {
		// two bodies that both met again: their stored ledgers are read in one pass and each carried on
		String icatApril = "300_icat-steering-group-2015-04.md";
		String icatDecember = "301_icat-steering-group-2015-12.md";
		for (String file : List.of(APRIL, MAY, icatApril, icatDecember)) {
			copyRealMinutes(file);
		}
		run("2020-05");
		byte[] actions = JobTestFiles.csvBytes(output, "2020-05", CsvColumns.ACTIONS_CSV);
		byte[] carried = JobTestFiles.csvBytes(output, "2020-05", CsvColumns.CARRY_FORWARD_CSV);

		executions.removeJobExecutions();
		JobTestFiles.emptyStore(jdbc);
		Path aside = Files.createDirectories(folder.resolve("aside"));
		for (String later : List.of(MAY, icatDecember)) {
			Files.move(input.resolve(later), aside.resolve(later));
		}
		assertThat(run("2020-04").status()).isEqualTo(BatchStatus.COMPLETED);
		for (String later : List.of(MAY, icatDecember)) {
			Files.move(aside.resolve(later), input.resolve(later));
		}
		assertThat(run("2020-05").status()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(JobTestFiles.csvBytes(output, "2020-05", CsvColumns.ACTIONS_CSV)).isEqualTo(actions);
		assertThat(JobTestFiles.csvBytes(output, "2020-05", CsvColumns.CARRY_FORWARD_CSV)).isEqualTo(carried);
	}

	private Map<String, String> mayRow(String wording) {
		List<Map<String, String>> rows = JobTestFiles.csvRows(output, "2020-05", CsvColumns.ACTIONS_CSV)
			.stream()
			.filter(r -> r.get("source_file").equals(MAY) && r.get("text").contains(wording))
			.toList();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
