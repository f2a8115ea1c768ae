package org.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutiny.model.Action;
import org.scrutiny.model.Meeting;
import org.scrutiny.model.RoleRef;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.MeetingParser;

/**
 * The five sample notes typeset as the PDFs they were dumped from (their tab-separated rows as table rows, long cells
 * wrapped in their columns: {@link TypesetNotes}) give the same meeting as their text dumps: date, people, and every
 * action with its owners, status, month and due date.
 */
class TypesetSamplesTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "000_57939b0d5e07704e.txt", "001_c98aa7161fd62043.txt", "002_5b8935b430f6f38f.txt",
			"003_3db3089499d8060c.txt", "004_8626e42c9b0b5695.txt" })
	void aSampleTypesetAsPdfGivesTheMeetingOfItsTextDump(String sample) throws IOException {
		String dump;
		try (InputStream in = TypesetSamplesTests.class.getResourceAsStream("/seeds/" + sample)) {
			dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String pdfName = sample.replace(".txt", ".pdf");
		InputFile pdf = InputFileReader.decode(pdfName, TypesetNotes.pdf(dump));
		assertThat(pdf.isRejected()).isFalse();

		Meeting fromDump = parse(sample, dump);
		Meeting fromPdf = parse(pdfName, pdf.text());

		assertThat(fromPdf.date()).isEqualTo(fromDump.date());
		assertThat(fromPdf.attendees()).extracting(a -> a.name() + " / " + a.role().role() + " / " + a.status())
			.containsExactlyElementsOf(fromDump.attendees().stream()
				.map(a -> a.name() + " / " + a.role().role() + " / " + a.status()).toList());
		assertThat(described(fromPdf.actions())).containsExactlyElementsOf(described(fromDump.actions()));
		// 000's dump is itself a damaged extraction, its owner cell "1.DPCC 2.CEx" a line below the actions it owns:
		// typeset, the lines its cells wrap onto move it away, and the two actions of sixteen it owns lose their owner
		List<String> owners = owners(fromDump.actions());
		List<String> ownersFromPdf = owners(fromPdf.actions());
		long different = IntStream.range(0, owners.size()).filter(i -> !owners.get(i).equals(ownersFromPdf.get(i))).count();
		assertThat(different).as("actions owned otherwise:%n%s%n%s", ownersFromPdf, owners).isLessThanOrEqualTo(sample.startsWith("000") ? 2 : 0);
	}

	private static List<String> owners(List<Action> actions) {
		return actions.stream().map(a -> a.text() + " | " + a.owners().stream().map(RoleRef::code).toList()).toList();
	}

	private static Meeting parse(String name, String text) {
		return new MeetingParser().parse(name, new Normaliser().normalise(name, text)).meeting().orElseThrow();
	}

	/** What a reader of the action log sees of each action. */
	private static List<String> described(List<Action> actions) {
		return actions.stream()
			.map(a -> a.kind() + " | " + a.text() + " | " + a.status() + " | " + a.raisedIn() + " | " + a.due())
			.toList();
	}

}
