package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Notes saved as OpenDocument text (.odt), made here as LibreOffice writes them (a zip with its "mimetype" and a
 * content.xml): read as their text dump is, or rejected with a reason.
 */
class OdtDocumentTests {

	/** A sample typed into LibreOffice, a paragraph per line and its tabs as tabs, gives the meeting its text dump gives. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.scrutiny.ingest.WordDocumentTests#samples")
	void aSampleSavedAsOdtGivesTheSameMeeting(Path sample) throws IOException {
		String dump = Files.readString(sample, StandardCharsets.UTF_8);
		StringBuilder body = new StringBuilder();
		for (String line : dump.lines().toList()) {
			body.append("<text:p text:style-name=\"P1\">").append(xml(line).replace("\t", "<text:tab/>")).append("</text:p>");
		}
		InputFile odt = InputFileReader.decode("notes.odt", odt(body.toString()));
		assertThat(odt.rejection()).isNull();
		WordDocumentTests.assertSameMeeting(odt.text(), dump);
	}

	@Test
	void readsHeadingsSpansAndATableARowALineWithItsCellsTabApart() throws IOException {
		String body = """
				<text:h text:outline-level="2">Actions <text:span text:style-name="T1">arising</text:span></text:h>
				<table:table table:name="Actions">
				  <table:table-column/>
				  <table:table-row><table:table-cell><text:p>Action</text:p></table:table-cell><table:table-cell><text:p>Owner</text:p></table:table-cell></table:table-row>
				  <table:table-row><table:table-cell><text:p>Clerk to write to Highways</text:p><text:p>about the drains</text:p></table:table-cell>
				    <table:table-cell><text:p>Clerk</text:p></table:table-cell></table:table-row>
				</table:table>
				<text:list><text:list-item><text:p>Next meeting:<text:s text:c="2"/>6 November</text:p></text:list-item></text:list>""";
		InputFile file = InputFileReader.decode("minutes.odt", odt(body));
		assertThat(file.text().lines().toList()).containsExactly("Actions arising", "Action\tOwner",
				"Clerk to write to Highways about the drains\tClerk", "Next meeting:  6 November");
	}

	@Test
	void aTruncatedDownloadIsRejectedByName() throws IOException {
		byte[] whole = odt("<text:p>Minutes of the Parish Council held on 4 September 2018</text:p>".repeat(200));
		InputFile file = InputFileReader.decode("cut.odt", Arrays.copyOf(whole, whole.length / 2));
		assertThat(file.rejection()).isNotNull().satisfiesAnyOf(r -> assertThat(r).startsWith(OdtDocument.DAMAGED),
				r -> assertThat(r).isEqualTo(WordDocument.NOT_WORD));
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** An .odt as LibreOffice writes one: "mimetype" first, then the content with its namespaces. */
	private static byte[] odt(String body) throws IOException {
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
				  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
				<office:body><office:text>%s</office:text></office:body></office:document-content>""".formatted(body);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var part : List.of(List.of("mimetype", OdtDocument.MEDIA_TYPE), List.of("content.xml", content))) {
				zip.putNextEntry(new ZipEntry(part.get(0)));
				zip.write(part.get(1).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
