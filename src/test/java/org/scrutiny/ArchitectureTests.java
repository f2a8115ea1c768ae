package org.scrutiny;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutiny.parse.MeetingParser;
import org.scrutiny.parse.ParseResult;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parsing is pure Java: Spring stays in job/ (STYLE.md point 3). The parser's rules sit in sub-packages by what they
 * read, layered without cycles, and the rest of the program sees only {@link MeetingParser} and its result.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.scrutiny");

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

	/** The parser's sub-packages from the top down, as parse/package-info.java lists them. */
	private static final List<String> PARSER_LAYERS = List.of("people", "header", "tables", "updates", "actions", "owners",
			"layout", "roles", "text");

	@Test
	void everySubPackageOfTheParserHasItsPlaceInTheLayers() {
		Set<String> subPackages = MAIN.stream()
			.map(JavaClass::getPackageName)
			.filter(name -> name.startsWith("org.scrutiny.parse."))
			.map(name -> name.substring("org.scrutiny.parse.".length()).split("\\.")[0])
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(subPackages).containsExactlyInAnyOrderElementsOf(PARSER_LAYERS);
	}

	@Test
	void eachOfTheParsersSubPackagesUsesOnlyThoseBelowIt() {
		for (int i = 1; i < PARSER_LAYERS.size(); i++) {
			for (int above = 0; above < i; above++) {
				noClasses().that().resideInAPackage("org.scrutiny.parse." + PARSER_LAYERS.get(i) + "..")
					.should().dependOnClassesThat().resideInAPackage("org.scrutiny.parse." + PARSER_LAYERS.get(above) + "..")
					.check(MAIN);
			}
		}
	}

	@Test
	void theParsersSubPackagesDependOnEachOtherWithoutCycles() {
		slices().matching("org.scrutiny.parse.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	/** The rules are called by the meeting parser at the package's root, never the other way round. */
	@Test
	void theParsersRulesNeverCallBackIntoTheMeetingParser() {
		noClasses().that().resideInAPackage("org.scrutiny.parse.*..")
			.should().dependOnClassesThat().resideInAPackage("org.scrutiny.parse")
			.check(MAIN);
	}

	@Test
	void outsideTheParserOnlyTheMeetingParserAndItsResultAreSeen() {
		noClasses().that().resideOutsideOfPackage("org.scrutiny.parse..")
			.should().dependOnClassesThat(resideInAPackage("org.scrutiny.parse..")
				.and(not(belongToAnyOf(MeetingParser.class, ParseResult.class))))
			.check(MAIN);
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
