package org.scrutiny.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.Normaliser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser on real published minutes of other bodies ({@code ../shared/real}: Markdown with front matter, HTML inside
 * Markdown, minutes inside a front-matter field), each file as published, against its hand-read answer. Skipped, with
 * a message, where {@code ../shared} is not beside the project.
 */
class RealMinutesTests {

	/** The real minutes and their answers, beside the project as CI has them. */
	static final Path REAL = Path.of("..", "shared", "real");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TestFactory
	Stream<DynamicTest> everyMeetingHasItsDate() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real minutes are not scored");
		return textFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			JsonNode gold = JSON.readTree(Files.readString(REAL.resolve("gold").resolve(baseName(file) + ".json")));
			assertThat(parse(file).date()).hasToString(gold.get("meeting_date").asString());
		}));
	}

	private static Meeting parse(Path file) throws IOException {
		String name = file.getFileName().toString();
		String text = Files.readString(file, StandardCharsets.UTF_8);
		return new MeetingParser().parse(name, new Normaliser().normalise(name, text)).meeting()
			.orElseThrow(() -> new AssertionError(name + " was rejected"));
	}

	/** The text files (the PDFs are the published-documents issue's) that have an answer. */
	private static List<Path> textFiles() throws IOException {
		try (Stream<Path> files = Files.list(REAL.resolve("inputs"))) {
			return files.filter(f -> !f.toString().endsWith(".pdf"))
				.filter(f -> Files.exists(REAL.resolve("gold").resolve(baseName(f) + ".json")))
				.sorted()
				.toList();
		}
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

}
