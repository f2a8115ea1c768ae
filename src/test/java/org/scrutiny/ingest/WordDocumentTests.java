package org.scrutiny.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.model.Action;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.MeetingParser;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes saved as Word files, made here with Apache POI: read as their text dump is, or rejected with a reason. */
class WordDocumentTests {

	static Stream<Path> samples() throws IOException {
		return Files.list(Path.of("input")).filter(p -> p.toString().endsWith(".txt")).sorted();
	}

	/** A sample typed into Word, a paragraph per line and its tabs as tabs, gives the meeting its text dump gives. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void aSampleSavedAsWordGivesTheSameMeeting(Path sample) throws IOException {
		String dump = Files.readString(sample, StandardCharsets.UTF_8);
		InputFile word = InputFileReader.decode("notes.docx", docx(dump.lines().toList()));
		assertThat(word.rejection()).isNull();
		assertSameMeeting(word.text(), dump);
	}

	@Test
	void readsAnActionTableARowALineWithItsCellsTabApart() throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Actions arising");
			XWPFTable table = document.createTable(2, 3);
			fill(table, 0, "Action", "Owner", "Due");
			fill(table, 1, "Clerk to write to Highways about the blocked drains", "Clerk", "31 March 2019");
			InputFile file = InputFileReader.decode("minutes.docx", bytes(document));
			assertThat(file.text().lines().toList()).containsExactly("Actions arising", "Action\tOwner\tDue",
					"Clerk to write to Highways about the blocked drains\tClerk\t31 March 2019");
		}
	}

	@Nested
	class Rejects {

		@Test
		void aZipThatIsNoWordFile() throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry("photo.jpg"));
				zip.write(new byte[] { 1, 2, 3 });
			}
			assertThat(InputFileReader.decode("minutes.zip", out.toByteArray()).rejection()).isEqualTo(WordDocument.NOT_WORD);
		}

		@Test
		void aTruncatedDownload() throws IOException {
			byte[] whole = docx(List.of("Minutes of the Parish Council held on 4 September 2018", "Present: D Richardson"));
			InputFile file = InputFileReader.decode("cut.docx", Arrays.copyOf(whole, whole.length / 2));
			assertThat(file.rejection()).isNotNull().satisfiesAnyOf(r -> assertThat(r).startsWith(WordDocument.DAMAGED),
					r -> assertThat(r).isEqualTo(WordDocument.NOT_WORD));
		}


	}

	/** The document's text gives the meeting its text dump gives: date, people, and each action as the ledger keeps it. */
	static void assertSameMeeting(String documentText, String dump) {
		Meeting fromDocument = parse(documentText);
		Meeting fromDump = parse(dump);
		assertThat(fromDocument.date()).isEqualTo(fromDump.date());
		assertThat(fromDocument.attendees()).isEqualTo(fromDump.attendees());
		assertThat(fromDocument.actions()).extracting(Action::kind, Action::text, Action::owners, Action::due, Action::status)
			.isEqualTo(fromDump.actions().stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.kind(), a.text(), a.owners(),
					a.due(), a.status())).toList());
	}

	private static Meeting parse(String text) {
		return new MeetingParser().parse("notes.txt", new Normaliser().normalise(text)).meeting().orElseThrow();
	}

	static byte[] docx(List<String> lines) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			for (String line : lines) {
				XWPFRun run = document.createParagraph().createRun();
				String[] cells = line.split("\t", -1);
				for (int i = 0; i < cells.length; i++) {
					if (i > 0) {
						run.addTab();
					}
					run.setText(cells[i], i);
				}
			}
			return bytes(document);
		}
	}

	static void fill(XWPFTable table, int row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			XWPFParagraph cell = table.getRow(row).getCell(i).getParagraphs().get(0);
			cell.createRun().setText(cells[i]);
		}
	}

	private static byte[] bytes(XWPFDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return out.toByteArray();
	}

}
