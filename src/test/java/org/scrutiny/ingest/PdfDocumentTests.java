package org.scrutiny.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.scrutiny.model.Action;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.MeetingParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Notes published as PDFs, typeset here with PDFBox (and printed to an image for a scan): read for their text, by OCR
 * where Tesseract is installed, or rejected with a reason that says why.
 */
class PdfDocumentTests {

	private static final List<String> PAGE_ONE = List.of("Police Accountability Board - Minutes", "Date: 14 May 2019",
			"Present:", "Peter Marsh - Police and Crime Commissioner");

	private static final List<String> PAGE_TWO = List.of("Actions arising:", "1. DCC to publish the custody visitors' report.");

	@Test
	void readsTheLinesOfEachPageInOrderWithPagesApart() throws IOException {
		InputFile file = InputFileReader.decode("minutes.pdf", typeset(PAGE_ONE, PAGE_TWO));
		assertThat(file.isRejected()).isFalse();
		assertThat(file.charset()).isEqualTo(InputFileReader.PDF);
		String[] pages = file.text().split("\f");
		assertThat(lines(pages[0])).containsExactlyElementsOf(PAGE_ONE);
		assertThat(lines(pages[1])).containsExactlyElementsOf(PAGE_TWO);
	}

	@Test
	void anActionOnTheSecondPageSaysSo() throws IOException {
		InputFile file = InputFileReader.decode("minutes.pdf", typeset(PAGE_ONE, PAGE_TWO));
		Meeting meeting = new MeetingParser().parse("minutes.pdf", new Normaliser().normalise("minutes.pdf", file.text()))
			.meeting().orElseThrow();
		assertThat(meeting.actions()).extracting(Action::text, Action::sourcePage)
			.containsExactly(tuple("DCC to publish the custody visitors' report.", 2));
	}

	@Test
	void knowsAPdfByItsContentNotItsName() throws IOException {
		InputFile file = InputFileReader.decode("minutes.txt", typeset(PAGE_ONE));
		assertThat(file.text()).contains("Date: 14 May 2019");
	}

	@Test
	void readsTextPrintedOutOfOrderInTheOrderOfThePage() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				// drawn bottom line first, as some writers do
				write(content, 700, "Action: Clerk to write to Highways.");
				write(content, 740, "Minutes of the meeting held on 4 September 2018");
			}
			InputFile file = InputFileReader.decode("minutes.pdf", bytes(document));
			assertThat(lines(file.text())).containsExactly("Minutes of the meeting held on 4 September 2018",
					"Action: Clerk to write to Highways.");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void readsALongDocumentWholeWithinTheRun() throws IOException {
		// a year's agenda pack published as one PDF: 300 pages of text are read, each page apart, none left out
		List<String>[] pages = IntStream.rangeClosed(1, 300)
			.mapToObj(n -> List.of("Minutes of the meeting, page " + n, "Action: Clerk to file page " + n + " with the agenda."))
			.toArray(List[]::new);

		InputFile file = InputFileReader.decode("pack.pdf", typeset(pages));

		assertThat(file.rejection()).isNull();
		assertThat(file.text().split("\f")).hasSize(300);
		assertThat(lines(file.text())).contains("Action: Clerk to file page 300 with the agenda.");
	}

	@Test
	void readsTextPrintedTwiceForBoldOnce() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				// a writer's bold without a bold font: the same words drawn again a fraction of a point to the right
				write(content, 740, "Matters Arising");
				write(content, 740.2f, "Matters Arising", 72.4f);
				write(content, 700, "Action: Clerk to write to Highways about the flooded road.");
			}
			InputFile file = InputFileReader.decode("minutes.pdf", bytes(document));
			assertThat(lines(file.text())).containsExactly("Matters Arising", "Action: Clerk to write to Highways about the flooded road.");
		}
	}

	@Test
	void readsAScanByOcrWhereTesseractIsInstalled() throws IOException {
		Assumptions.assumeTrue(PageOcr.installed().isPresent(), "tesseract-ocr is not installed: scans are not read here");
		InputFile file = InputFileReader.decode("scan.pdf", scan(PAGE_ONE));
		assertThat(file.isRejected()).as("%s", file.rejection()).isFalse();
		assertThat(file.charset()).isEqualTo(InputFileReader.PDF_OCR);
		assertThat(lines(file.text())).contains("Police Accountability Board - Minutes", "Date: 14 May 2019",
				"Peter Marsh - Police and Crime Commissioner");
	}

	@Nested
	class Rejects {

		@Test
		void aScanWhereNoOcrIsInstalled() throws IOException {
			assertThat(PdfDocument.text(scan(PAGE_ONE), Optional.empty()).rejection()).isEqualTo(PdfDocument.IMAGE_ONLY);
		}

		@Test
		void aScanOfBlankPages() throws IOException {
			try (PDDocument document = new PDDocument()) {
				document.addPage(new PDPage());
				PageOcr readsNothing = page -> "\n";
				assertThat(PdfDocument.text(bytes(document), Optional.of(readsNothing)).rejection())
					.isEqualTo(PdfDocument.SCAN_WITHOUT_TEXT);
			}
		}

		@Test
		void aScanTooLongToReadInARun() throws IOException {
			try (PDDocument document = new PDDocument()) {
				for (int i = 0; i <= PdfDocument.MAX_SCANNED_PAGES; i++) {
					document.addPage(new PDPage());
				}
				PageOcr neverCalled = page -> {
					throw new AssertionError("a scan over the limit is not read");
				};
				assertThat(PdfDocument.text(bytes(document), Optional.of(neverCalled)).rejection())
					.isEqualTo(PdfDocument.SCAN_TOO_LONG.formatted(PdfDocument.MAX_SCANNED_PAGES + 1, PdfDocument.MAX_SCANNED_PAGES));
			}
		}

		@Test
		void anEncryptedPdf() throws IOException {
			try (PDDocument document = document(PAGE_ONE)) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
				document.protect(policy);
				assertThat(InputFileReader.decode("locked.pdf", bytes(document)).rejection()).isEqualTo(PdfDocument.ENCRYPTED);
			}
		}

		@Test
		void aTruncatedDownload() throws IOException {
			byte[] whole = typeset(PAGE_ONE, PAGE_TWO);
			InputFile file = InputFileReader.decode("cut.pdf", Arrays.copyOf(whole, whole.length / 3));
			assertThat(file.isRejected()).as("a third of a PDF: %s", file.text()).isTrue();
			assertThat(file.rejection()).startsWith(PdfDocument.DAMAGED);
		}

	}

	@SafeVarargs
	private static byte[] typeset(List<String>... pages) throws IOException {
		try (PDDocument document = document(pages)) {
			return bytes(document);
		}
	}

	@SafeVarargs
	private static PDDocument document(List<String>... pages) throws IOException {
		PDDocument document = new PDDocument();
		for (List<String> lines : pages) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				float y = 740;
				for (String line : lines) {
					write(content, y, line);
					y -= 20;
				}
			}
		}
		return document;
	}

	private static void write(PDPageContentStream content, float y, String line) throws IOException {
		write(content, y, line, 72);
	}

	private static void write(PDPageContentStream content, float y, String line, float x) throws IOException {
		content.beginText();
		content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
		content.newLineAtOffset(x, y);
		content.showText(line);
		content.endText();
	}

	/** The lines typeset, printed and scanned: a PDF of one image a page, with no text layer. */
	private static byte[] scan(List<String> lines) throws IOException {
		try (PDDocument printed = document(lines); PDDocument scanned = new PDDocument()) {
			BufferedImage image = new PDFRenderer(printed).renderImageWithDPI(0, 200, ImageType.GRAY);
			PDPage page = new PDPage();
			scanned.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(scanned, page)) {
				PDRectangle box = page.getMediaBox();
				content.drawImage(LosslessFactory.createFromImage(scanned, image), 0, 0, box.getWidth(), box.getHeight());
			}
			return bytes(scanned);
		}
	}

	private static byte[] bytes(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
