package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes saved as Word 97-2003 documents (.doc): made here as .docx with Apache POI and saved as .doc by LibreOffice,
 * as an office would, then read as their text dump is. Skipped, saying why, where LibreOffice is not installed (it is
 * only needed to make the files, not to read them).
 */
class OldWordDocumentTests {

	@TempDir
	static Path folder;

	/** The five samples and an action table, as .doc files, by name. */
	private static final List<Path> SAMPLES = new ArrayList<>();

	private static Path table;

	@BeforeAll
	static void saveTheSamplesAsDoc() throws Exception {
		List<Path> docx = new ArrayList<>();
		for (Path sample : WordDocumentTests.samples().toList()) {
			Path file = folder.resolve(sample.getFileName().toString().replace(".txt", ".docx"));
			Files.write(file, WordDocumentTests.docx(Files.readString(sample, StandardCharsets.UTF_8).lines().toList()));
			docx.add(file);
		}
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Actions arising");
			XWPFTable actions = document.createTable(2, 3);
			WordDocumentTests.fill(actions, 0, "Action", "Owner", "Due");
			WordDocumentTests.fill(actions, 1, "Clerk to write to Highways about the blocked drains", "Clerk", "31 March 2019");
			Path file = folder.resolve("actions.docx");
			try (var out = Files.newOutputStream(file)) {
				document.write(out);
			}
			docx.add(file);
		}
		if (!savedAsDoc(docx)) {
			return;
		}
		docx.stream().filter(f -> !f.getFileName().toString().equals("actions.docx"))
			.forEach(f -> SAMPLES.add(folder.resolve("doc").resolve(f.getFileName().toString().replace(".docx", ".doc"))));
		table = folder.resolve("doc").resolve("actions.doc");
	}

	/** LibreOffice saves the files as .doc into folder/doc; false where it is not installed. */
	private static boolean savedAsDoc(List<Path> docx) throws Exception {
		List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--convert-to", "doc", "--outdir",
				folder.resolve("doc").toString()));
		docx.forEach(f -> command.add(f.toString()));
		try {
			Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(folder.resolve("soffice.log").toFile()).start();
			return soffice.waitFor(180, TimeUnit.SECONDS) && soffice.exitValue() == 0;
		}
		catch (IOException notInstalled) {
			return false;
		}
	}

	@Test
	void eachSampleSavedAsDocGivesTheMeetingOfItsTextDump() throws IOException {
		Assumptions.assumeFalse(SAMPLES.isEmpty(), "LibreOffice (soffice) is not installed: no .doc could be made to read");
		List<Path> dumps = WordDocumentTests.samples().toList();
		for (int i = 0; i < dumps.size(); i++) {
			InputFile doc = InputFileReader.decode(SAMPLES.get(i).getFileName().toString(), Files.readAllBytes(SAMPLES.get(i)));
			assertThat(doc.rejection()).as(SAMPLES.get(i).toString()).isNull();
			assertThat(doc.charset()).isEqualTo(InputFileReader.OLD_WORD);
			WordDocumentTests.assertSameMeeting(doc.text(), Files.readString(dumps.get(i), StandardCharsets.UTF_8));
		}
	}

	@Test
	void readsAnActionTableARowALineWithItsCellsTabApart() throws IOException {
		Assumptions.assumeTrue(table != null, "LibreOffice (soffice) is not installed: no .doc could be made to read");
		InputFile file = InputFileReader.decode("minutes.doc", Files.readAllBytes(table));
		assertThat(file.text().lines().filter(l -> !l.isBlank()).toList()).containsExactly("Actions arising",
				"Action\tOwner\tDue", "Clerk to write to Highways about the blocked drains\tClerk\t31 March 2019");
	}

	@Nested
	class Rejects {

		@Test
		void aSpreadsheetFromTheSameOfficeYears() throws IOException {
			try (HSSFWorkbook workbook = new HSSFWorkbook()) {
				workbook.createSheet("Actions").createRow(0).createCell(0).setCellValue("Clerk to write to Highways");
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				workbook.write(out);
				assertThat(InputFileReader.decode("actions.doc", out.toByteArray()).rejection()).isEqualTo(OldWordDocument.NOT_WORD);
			}
		}

		@Test
		void aDocCutShort() {
			byte[] header = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
			assertThat(InputFileReader.decode("minutes.doc", header).rejection()).startsWith(OldWordDocument.DAMAGED);
		}

	}

}
