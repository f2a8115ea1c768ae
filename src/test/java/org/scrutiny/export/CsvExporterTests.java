package org.scrutiny.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.ingest.InputFile;
import org.scrutiny.store.ActionIds;
import org.scrutiny.store.JdbcMeetingStore;
import org.scrutiny.store.Meetings;
import org.scrutiny.store.ParsedFile;
import org.scrutiny.store.SourceDocuments;
import org.scrutiny.store.TestLedger;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExporterTests {

	private static final YearMonth PERIOD = YearMonth.of(2018, 3);

	private final JdbcClient jdbc = TestLedger.create();

	@TempDir
	private Path output;

	@BeforeEach
	void storeTwoMeetingsAndAnEmptyFile() {
		store("b.txt", LocalDate.of(2018, 3, 27));
		store("a.txt", LocalDate.of(2018, 4, 2));
		new SourceDocuments(jdbc).ingest(new InputFile("empty.txt", "e3", 0, null, null, "empty file"));
	}

	@Test
	void writesTheColumnsInOrderForMeetingsUpToThePeriod() throws Exception {
		ExportResult result = new CsvExporter(jdbc).export(output, PERIOD);

		assertThat(result.folder()).isEqualTo(output.toAbsolutePath().resolve("2018-03"));
		assertThat(read("meetings.csv")).isEqualTo("""
				source_file,body,meeting_date,start_time,title,chair,venue,minutes_by
				b.txt,Governance Board,2018-03-27,14:30,Governance Board 2018-03-27,John Campion,"Hindlip, Worcester",Jackie Irvin
				""");
		assertThat(read("attendance.csv")).isEqualTo("""
				source_file,meeting_date,name,role,title,temporary,status
				b.txt,2018-03-27,John Campion,PCC,PCC,false,present
				b.txt,2018-03-27,Chris Singer,DCC,T/DCC,true,present
				b.txt,2018-03-27,Jim Ellis,Treasurer,Treasurer,false,apology
				""");
		assertThat(read("actions.csv")).isEqualTo("""
				action_id,source_file,source_line,source_page,meeting_date,kind,text,owners,owner_names,due,raised_in,status,update,restricted
				%s,b.txt,12,1,2018-03-27,raised,"'=HYPERLINK(""http://x"") share the plan, ""soon""\",CEX;DCC,Chris Singer,2018-04,2018-03,open,,false
				%s,b.txt,20,1,2018-03-27,brought_forward,Review the estates strategy,Treasurer,Treasurer,,2018-02,closed,'-Done in full,false
				""".formatted(ActionIds.of("b.txt", 1), ActionIds.of("b.txt", 2)));
	}

	@Test
	void listsEveryRejectWhateverThePeriod() throws Exception {
		new CsvExporter(jdbc).export(output, PERIOD);
		assertThat(read("rejects.csv")).isEqualTo("""
				source_file,line,reason
				a.txt,30,action with no owner
				b.txt,30,action with no owner
				empty.txt,0,empty file
				""");
	}

	@Test
	void writesTheSameBytesEveryTime() throws Exception {
		CsvExporter exporter = new CsvExporter(jdbc);
		exporter.export(output, YearMonth.of(2018, 4));
		byte[] first = Files.readAllBytes(output.resolve("2018-04/actions.csv"));
		exporter.export(output, YearMonth.of(2018, 4));
		assertThat(Files.readAllBytes(output.resolve("2018-04/actions.csv"))).isEqualTo(first);
		assertThat(new String(first, StandardCharsets.UTF_8).lines()).hasSize(5)
			.element(3)
			.asString()
			.contains(",a.txt,12,1,2018-04-02,raised,");
	}

	private void store(String sourceFile, LocalDate date) {
		new SourceDocuments(jdbc).ingest(new InputFile(sourceFile, sourceFile, 5, "UTF-8", "notes", null));
		TestLedger.markParsed(jdbc, sourceFile);
		new JdbcMeetingStore(jdbc).replace(new ParsedFile(sourceFile, Meetings.sample(sourceFile, date)));
	}

	private String read(String file) throws Exception {
		return Files.readString(output.resolve("2018-03").resolve(file), StandardCharsets.UTF_8);
	}

}
