package org.scrutiny.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scrutiny.ingest.InputFile;
import org.scrutiny.ingest.InputFileReader;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.Normaliser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published PDFs of {@code ../shared/real} (a parish council's minutes, as downloaded), read as the job reads an
 * input file, against their hand-read answers. Skipped, with a message, where {@code ../shared} is not beside the
 * project.
 */
class RealPdfMinutesTests {

	private static final Path REAL = RealMinutesTests.REAL;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Action precision and recall over the PDFs, each at least this, so F1 too: issue 24 asks F1 .85 (reached: .89, .89). */
	private static final double ACTION_FLOOR = 0.85;

	@TestFactory
	Stream<DynamicTest> everyPdfMeetingHasItsDate() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real PDFs are not read");
		return pdfs().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			assertThat(parse(file).date()).hasToString(gold(file).get("meeting_date").asString());
		}));
	}

	@Test
	void findsTheActionsRaisedInThePdfs() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real PDFs are not read");
		TextMatches tally = new TextMatches();
		for (Path file : pdfs()) {
			tally.add(gold(file), "actions", parse(file), ActionKind.RAISED);
		}
		assertThat(tally.precision()).as("action precision (%s)", tally).isGreaterThanOrEqualTo(ACTION_FLOOR);
		assertThat(tally.recall()).as("action recall (%s)", tally).isGreaterThanOrEqualTo(ACTION_FLOOR);
	}

	private static Meeting parse(Path file) {
		InputFile read = new InputFileReader().read(file);
		assertThat(read.rejection()).as(file.getFileName() + " rejected").isNull();
		String name = file.getFileName().toString();
		return new MeetingParser().parse(name, new Normaliser().normalise(name, read.text())).meeting()
			.orElseThrow(() -> new AssertionError(name + " was not read as a meeting"));
	}

	private static JsonNode gold(Path file) throws IOException {
		String base = file.getFileName().toString().replaceFirst("\\.pdf$", "");
		return JSON.readTree(Files.readString(REAL.resolve("gold").resolve(base + ".json")));
	}

	private static List<Path> pdfs() throws IOException {
		try (Stream<Path> files = Files.list(REAL.resolve("inputs"))) {
			return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
		}
	}

}
