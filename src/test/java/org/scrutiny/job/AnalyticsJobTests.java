package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutiny.export.CsvColumns;

import org.springframework.batch.core.BatchStatus;

/**
 * The analytics as the job computes them from the database, and recomputes when a later month's notes arrive.
 */
class AnalyticsJobTests extends SampleNotesJobTest {

	private static final String CLARIFY = "clarify the timeline for the development of the police service offer";

	private static final String SHARE = "share the disproportionality analysis";

	@Test
	void theSrpReviewIsOpenAfterOneMeetingAndNotReportedSince() throws Exception {
		run("2018-03");
		// Raised in February 2018 (not among the samples: counted from 1 February), "Ongoing" on 27 March 2018.
		assertThat(carryForward("2018-03", "SRP governance model")).containsEntry("raised_in", "2018-02")
			.containsEntry("owners", "CEX")
			.containsEntry("status", "open")
			.containsEntry("meetings_carried", "1")
			.containsEntry("last_reported", "2018-03-27")
			.containsEntry("age_days", "58")
			.containsEntry("silent_drop", "false");
		// Reported done on 27 March: closed there, 85 days after 1 January.
		assertThat(carryForward("2018-03", "further update on this work")).containsEntry("status", "closed")
			.containsEntry("closed_on", "2018-03-27")
			.containsEntry("age_days", "85");
		assertThat(JobTestFiles.csvLines(output, "2018-03", CsvColumns.ROLE_COUNTS_CSV))
			.contains("ALL,period,12,3,22,2,4,25", "ACC,period,8,2,8,0,2,10");
	}

	@Test
	void aLaterMeetingClosesOneActionAndLeavesTheOtherSilentlyDropped() throws Exception {
		run(null);
		// November 2020 is the latest meeting: its two actions are new, open, and not yet dropped.
		assertThat(carryForward("2020-11", CLARIFY)).containsEntry("status", "open").containsEntry("silent_drop", "false");
		assertThat(carryForward("2020-11", SHARE)).containsEntry("status", "open").containsEntry("silent_drop", "false");

		Files.copy(Path.of(getClass().getResource("/later/2020-12-monthly-assurance.txt").toURI()),
				input.resolve("2020-12-monthly-assurance.txt"));
		assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);

		// Reported done at 15 December: closed there, 19 days and one meeting after 26 November.
		assertThat(carryForward("2020-12", CLARIFY)).containsEntry("status", "closed")
			.containsEntry("closed_on", "2020-12-15")
			.containsEntry("age_days", "19")
			.containsEntry("meetings_carried", "1");
		// Not mentioned on 15 December: open, 35 days at 31 December, never carried, silently dropped.
		assertThat(carryForward("2020-12", SHARE)).containsEntry("status", "open")
			.containsEntry("age_days", "35")
			.containsEntry("meetings_carried", "0")
			.containsEntry("last_reported", "2020-11-26")
			.containsEntry("silent_drop", "true");
		// December's own action is new.
		assertThat(carryForward("2020-12", "custody inspection action plan")).containsEntry("owners", "CC")
			.containsEntry("due", "2021-01")
			.containsEntry("silent_drop", "false");
		// DCC in December 2020: raised none; closed the timeline; open the two May 2016 actions, the October 2016
		// debrief (overdue since March 2017) and the November analysis = 4; carried the timeline; distinct 4 + 1 = 5.
		assertThat(JobTestFiles.csvLines(output, "2020-12", CsvColumns.ROLE_COUNTS_CSV)).contains("DCC,period,0,1,4,1,1,5");
	}

	@Test
	void writesTopicsWithTheirMeetings() throws Exception {
		run(null);
		assertThat(JobTestFiles.csvLines(output, "2020-11", CsvColumns.TOPICS_CSV))
			.first().isEqualTo(String.join(",", CsvColumns.TOPICS));
		assertThat(JobTestFiles.csvLines(output, "2020-11", CsvColumns.TOPICS_CSV))
			.anyMatch(line -> line.startsWith("Digital forensics,3,2016-10-19,2020-11-26,"));
		assertThat(JobTestFiles.csvLines(output, "2020-11", CsvColumns.TOPIC_RECURRENCE_CSV))
			.filteredOn(line -> line.startsWith("Track My Crime,"))
			.extracting(line -> line.split(",")[1])
			.containsExactly("2016-05-31", "2020-11-26");
	}

	/**
	 * In the order they were held (May 2016 to November 2020, then December 2020) each run carries the ledger on; with
	 * the 2016 notes arriving after the later ones, the runs that receive them build it again.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "003_3db3089499d8060c.txt 002_5b8935b430f6f38f.txt 000_57939b0d5e07704e.txt "
			+ "004_8626e42c9b0b5695.txt 001_c98aa7161fd62043.txt", "000_57939b0d5e07704e.txt 001_c98aa7161fd62043.txt "
					+ "003_3db3089499d8060c.txt 004_8626e42c9b0b5695.txt 002_5b8935b430f6f38f.txt" })
	void aLedgerKeptRunByRunIsTheLedgerBuiltInOneGo(String order) throws Exception {
		Path later = Path.of(getClass().getResource("/later/2020-12-monthly-assurance.txt").toURI());
		Files.copy(later, input.resolve("2020-12-monthly-assurance.txt"));
		run(null);
		byte[] inOneGo = JobTestFiles.csvBytes(output, "2020-12", CsvColumns.CARRY_FORWARD_CSV);
		List<Map<String, Object>> ledgerInOneGo = ledgerRows();

		executions.removeJobExecutions();
		JobTestFiles.emptyStore(jdbc);
		List<Path> notes;
		try (var files = Files.list(input)) {
			notes = files.toList();
		}
		Path aside = Files.createDirectories(folder.resolve("aside"));
		for (Path note : notes) {
			Files.move(note, aside.resolve(note.getFileName()));
		}
		for (String note : order.split(" ")) {
			Files.move(aside.resolve(note), input.resolve(note));
			assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);
		}
		Files.copy(later, input.resolve("2020-12-monthly-assurance.txt"));
		assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(ledgerRows()).isEqualTo(ledgerInOneGo);
		assertThat(JobTestFiles.csvBytes(output, "2020-12", CsvColumns.CARRY_FORWARD_CSV)).isEqualTo(inOneGo);
	}

	private List<Map<String, Object>> ledgerRows() {
		return jdbc.sql("""
				select e.ledger_id, e.raised_in, e.text, e.restricted, r.action_id, r.status, r.strength
				from ledger_entry e left join ledger_report r on r.ledger_id = e.ledger_id
				order by e.ledger_id, r.action_id""").query().listOfRows();
	}

	private Map<String, String> carryForward(String period, String words) {
		List<Map<String, String>> rows = JobTestFiles.csvRows(output, period, CsvColumns.CARRY_FORWARD_CSV);
		return rows.stream().filter(r -> r.get("text").contains(words)).findFirst()
			.orElseThrow(() -> new AssertionError("no action containing '" + words + "' in " + period));
	}

}
