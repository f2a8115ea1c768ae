package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;

/**
 * The public report of a body that is no police force (a council committee: no police role in its notes) speaks of
 * the body's own actions, not of a Commissioner holding a force to account.
 */
class PublicBodyReportJobTests extends SampleNotesJobTest {

	private static final String COMMITTEE = """
			Finance and Performance Committee

			Minutes of the meeting held on 12 May 2023

			Present: Cllr Anne Brown (Chair), Cllr Tom White, Sarah Green (Clerk)

			1. Finance report

			The Clerk presented the accounts.

			ACTION: SG to circulate the budget monitoring report by 1 June.
			""";

	@Test
	void aCouncilCommitteesReportSpeaksOfItsOwnActions() throws Exception {
		input = Files.createDirectories(folder.resolve("committee"));
		Files.writeString(input.resolve("fpc-2023-05.txt"), COMMITTEE);
		assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);

		Path report = output.resolve("2023-05").resolve("transparency-report.pdf");
		assertThat(PdfText.of(report)).contains("Actions agreed and followed up",
				"What the meetings agreed should be done, and whether it has been done.")
			.doesNotContain("police", "Police and Crime Commissioner", "force", "Commissioner's");
		try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
			assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Actions agreed and followed up: ");
		}
	}

}
