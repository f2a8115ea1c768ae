package org.scrutiny;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing is pure Java: Spring stays in job/ (STYLE.md point 3). */
class ArchitectureTests {

	private static final Path SOURCES = Path.of("src/main/java/org/scrutiny");

	// matches: import org.springframework.batch.item.ItemProcessor;   import static org.springframework.util.Assert.notNull;
	private static final Pattern SPRING_IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?org\\.springframework\\.");

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "model", "normalise", "parse" })
	void importsNothingFromSpring(String pkg) throws IOException {
		List<Path> sources = javaFiles(SOURCES.resolve(pkg));
		assertThat(sources).as("Java sources under %s", SOURCES.resolve(pkg)).isNotEmpty();
		List<String> offences = new ArrayList<>();
		for (Path source : sources) {
			List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (SPRING_IMPORT.matcher(lines.get(i)).find()) {
					offences.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		assertThat(offences).as("imports of org.springframework in %s", pkg).isEmpty();
	}

	private static List<Path> javaFiles(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}

}
