package org.scrutiny.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scrutiny.export.CsvColumns;
import org.scrutiny.parse.ReadingRules;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.job.JobTestFiles.MARCH_2018;
import static org.scrutiny.job.JobTestFiles.MAY_2016;
import static org.scrutiny.job.JobTestFiles.csvBytes;
import static org.scrutiny.job.JobTestFiles.csvLines;

/**
 * The whole job on the five sample notes: what it stores, exports and rejects, and what a rerun changes.
 */
class ScrutinyJobTests extends SampleNotesJobTest {

	private static final String LATEST = "2020-11";

	@Test
	void storesTheFiveSampleMeetings() throws Exception {
		assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(column("select meeting_date from meeting order by meeting_date")).containsExactly("2016-05-31",
				"2016-10-19", "2018-03-27", "2019-01-30", "2020-11-26");
		assertThat(jdbc.sql("""
				select a.owners, a.raised_in, a.update_text
				from action a join meeting m on m.source_file = a.source_file
				where m.meeting_date = date '2018-03-27' and a.kind = 'BROUGHT_FORWARD' and a.status = 'OPEN'
				  and not a.item_paragraph""")
			.query()
			.listOfRows()).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("OWNERS", "CEX").containsEntry("RAISED_IN", "2018-02"))
			.extracting(row -> (String) row.get("UPDATE_TEXT"))
			.asString()
			.containsIgnoringCase("ongoing");
		assertThat(jdbc.sql("""
				select a.role, a.temporary, a.status from attendee a join meeting m on m.source_file = a.source_file
				where m.meeting_date = date '2016-10-19' and a.name = 'Chris Singer'""").query().singleRow())
			.containsEntry("ROLE", "DCC")
			.containsEntry("TEMPORARY", true)
			.containsEntry("STATUS", "PRESENT");
		assertThat(column("select distinct state from source_document")).containsExactly("STORED");
	}

	@Test
	void exportsEveryMeetingUpToTheLatestMonthByDefault() throws Exception {
		run(null);
		List<String> meetings = csvLines(output, LATEST, CsvColumns.MEETINGS_CSV);
		assertThat(meetings.get(0)).isEqualTo(String.join(",", CsvColumns.MEETINGS));
		assertThat(meetings.subList(1, meetings.size())).extracting(line -> line.split(",")[2])
			.containsExactly("2016-05-31", "2016-10-19", "2018-03-27", "2019-01-30", "2020-11-26");
		assertThat(csvLines(output, LATEST, CsvColumns.ACTIONS_CSV).get(0))
			.isEqualTo(String.join(",", CsvColumns.ACTIONS));
		assertThat(csvLines(output, LATEST, CsvColumns.ATTENDANCE_CSV))
			.contains("002_5b8935b430f6f38f.txt,2016-10-19,Chris Singer,DCC,T/Deputy Chief Constable (DCC),true,present");
		// "The status and delivery time of Track my Crime ... is to be established." is the CC's: David Shaw attended as CC
		assertThat(csvLines(output, LATEST, CsvColumns.ACTIONS_CSV))
			.anyMatch(line -> line.contains(",003_3db3089499d8060c.txt,54,1,2016-05-31,raised,The status and delivery time of Track my Crime")
					&& line.contains(",CC,David Shaw,"));
	}

	@Test
	void exportsTheMeetingsUpToThePeriodAskedFor() throws Exception {
		run("2018-03");
		assertThat(csvLines(output, "2018-03", CsvColumns.MEETINGS_CSV)).hasSize(4);
		assertThat(output.resolve(LATEST)).doesNotExist();
	}

	@Test
	void aSecondRunAddsNothingAndWritesTheSameBytes() throws Exception {
		run(null);
		Map<String, byte[]> first = csvs();
		List<Map<String, Object>> actions = jdbc.sql("select * from action order by action_id").query().listOfRows();

		Run second = run(null);

		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.sql("select * from action order by action_id").query().listOfRows()).isEqualTo(actions);
		first.forEach((file, bytes) -> assertThat(csvBytes(output, LATEST, file)).as(file).isEqualTo(bytes));
		assertThat(second.writeCount("normaliseStep") + second.writeCount("parseStep") + second.writeCount("storeStep"))
			.isZero();
	}

	@Test
	void rejectsEmptyBinaryAndUndatedFilesAndReadsTheRest() throws Exception {
		Files.createFile(input.resolve("empty.txt"));
		Files.write(input.resolve("scan.pdf"), new byte[] { '%', 'P', 'D', 'F', 0, 0, 1, 2, (byte) 0xFF, 0 });
		Files.writeString(input.resolve("undated.txt"), """
				Monthly Assurance Meeting – Meeting Notes

				Chair: John Campion
				1. OUTSTANDING MATTERS
				There were no outstanding matters.
				""", StandardCharsets.UTF_8);

		assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);

		List<String> rejects = csvLines(output, LATEST, CsvColumns.REJECTS_CSV);
		assertThat(rejects).contains("empty.txt,0,empty file",
				"scan.pdf,0,\"binary file, not text: it contains NUL bytes\"");
		assertThat(rejects).filteredOn(line -> line.startsWith("undated.txt,0,"))
			.singleElement()
			.asString()
			.containsIgnoringCase("date");
		assertThat(csvLines(output, LATEST, CsvColumns.MEETINGS_CSV)).hasSize(6);
	}

	@Test
	void aFileReadByOlderReadingRulesIsReadAgainByTodays() throws Exception {
		run(null);
		Map<String, byte[]> first = csvs();
		// as a store kept from an earlier version has it: the file read by other rules, its actions without the item
		// they were raised under
		jdbc.sql("update source_document set read_by = '2026-11-30.1' where source_file = ?").param(MAY_2016).update();
		jdbc.sql("update action set topic = '' where source_file = ?").param(MAY_2016).update();

		Run second = run(null);

		assertThat(second.writeCount("parseStep")).isEqualTo(1);
		assertThat(column("select read_by from source_document where source_file = '" + MAY_2016 + "'"))
			.containsExactly(ReadingRules.VERSION);
		assertThat(column("select topic from action where source_file = '" + MAY_2016 + "' and topic <> ''")).isNotEmpty();
		// read by the same rules as the rest, it gives what it gave: the ledger built again, the same bytes
		first.forEach((file, bytes) -> assertThat(csvBytes(output, LATEST, file)).as(file).isEqualTo(bytes));
		Run third = run(null);
		assertThat(third.writeCount("parseStep")).isZero();
	}

	@Test
	void aChangedFileReplacesWhatWasStoredFromIt() throws Exception {
		run(null);
		Path notes = input.resolve(MAY_2016);
		Files.writeString(notes, Files.readString(notes).replace("Track my Crime", "Track My Case"));

		run(null);

		assertThat(column("select count(*) from meeting")).containsExactly("5");
		assertThat(column("select text from action where source_file = '" + MAY_2016 + "'"))
			.anyMatch(text -> text.contains("Track My Case"))
			.noneMatch(text -> text.contains("Track my Crime"));
	}

	@Test
	void theSameNotesUnderAnotherNameAreNotCountedTwice() throws Exception {
		Files.copy(input.resolve(MARCH_2018), input.resolve("zz-march-again.txt"));
		run(null);
		assertThat(column("select count(*) from meeting")).containsExactly("5");
		assertThat(csvLines(output, LATEST, CsvColumns.REJECTS_CSV))
			.contains("zz-march-again.txt,0,same content as " + MARCH_2018);
	}

	private Map<String, byte[]> csvs() {
		return Stream
			.of(CsvColumns.MEETINGS_CSV, CsvColumns.ATTENDANCE_CSV, CsvColumns.ACTIONS_CSV, CsvColumns.REJECTS_CSV,
					CsvColumns.ROLE_COUNTS_CSV, CsvColumns.CARRY_FORWARD_CSV, CsvColumns.TOPIC_RECURRENCE_CSV,
					CsvColumns.TOPICS_CSV)
			.collect(Collectors.toMap(Function.identity(), file -> csvBytes(output, LATEST, file)));
	}

	private List<String> column(String sql) {
		return jdbc.sql(sql).query((rs, row) -> rs.getString(1)).list();
	}

}
