package org.scrutiny.normalise;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scrutiny.PreChecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.PreChecks.differences;
import static org.scrutiny.PreChecks.method;

/**
 * The normaliser spares most lines its patterns with quick checks, and a note line joins its text once. None of that
 * may change a result: on every line of the test notes, and on texts made to be awkward, each quick path gives what
 * the pattern or the work it spares gives.
 */
class PreChecksTests {

	/** Texts at the edges: white space and control characters of every kind, glyphs, furniture, owner cells. */
	private static final List<String> AWKWARD = List.of("", " ", "\t", "a  b", "a\u00a0b", "a\u2007\u202fb", "\u0000x\u001b",
			"x\u0085y", "x\ty\t", "\uf0b7 bullet", "\u25aa item", "\u2023 x", "\u2022 plain", "# Heading", "#1 priority",
			"Page 6 of 7", "Fage 5", "page 12", "Page  3", "manage 12", "stage\t4", "agenda 2", "Not Protectively Marked",
			"OFFICIAL", "official-sensitive", "UNCLASSIFIED", "-- --", "__", "==", "Hallamby OPCC | Meeting | 14/11/2023 Page 2 of 4",
			"DPCC 2.CEx", "1.ACC/ DPCC 2.ACC", "CHILD SEXUAL EXPLOITATION", "HOLDING TO ACCOUNT:", "C/ACC", "CC DCC DCC",
			"ACC (Local)", "2.1", "<b>Attendance:</b>", "&amp; more", "a < b", "x\r\ny", "x\ry\nz", "\n", "\r\n\r\n");

	private static final List<String> ROWS = rows();

	private static final List<String> TEXTS = texts();

	/** The raw rows of every test note, and the awkward texts. */
	private static List<String> rows() {
		List<String> rows = new ArrayList<>(AWKWARD);
		for (String folder : List.of("/seeds", "/layouts", "/blind", "/later", "/marked")) {
			try (Stream<Path> files = Files.list(Path.of(PreChecksTests.class.getResource(folder).toURI()))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
					rows.addAll(Arrays.asList(Files.readString(file).split("\n")));
				}
			}
			catch (IOException | URISyntaxException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return rows;
	}

	/** The rows, their cells and their stripped texts. */
	private static List<String> texts() {
		List<String> texts = new ArrayList<>(ROWS);
		for (String row : ROWS) {
			for (String cell : row.split("\t", -1)) {
				texts.add(cell);
				texts.add(cell.strip());
			}
		}
		return texts.stream().distinct().toList();
	}

	@Test
	void readsTheTestNotes() {
		assertThat(ROWS).hasSizeGreaterThan(500);
	}

	@Test
	void splitsTheTextIntoLinesAsThePatternDid() {
		Function<String, List<String>> lines = method(Normaliser.class, "lines");
		String whole = String.join("\r\n", ROWS) + "\r" + String.join("\n", ROWS) + "\n";
		List<String> texts = new ArrayList<>(AWKWARD);
		texts.add(whole);
		assertThat(differences(texts, lines, t -> List.of(t.split("\r\n|\r|\n", -1)))).isEmpty();
	}

	@Test
	void cutsARowIntoCellsAsThePatternsDid() {
		Pattern control = (Pattern) PreChecks.field(Normaliser.class, "CONTROL");
		Pattern bullet = (Pattern) PreChecks.field(Normaliser.class, "BULLET_GLYPH");
		Pattern spaces = (Pattern) PreChecks.field(Normaliser.class, "SPACES");
		Pattern heading = (Pattern) PreChecks.field(PageFurniture.class, "MARKDOWN_HEADING");
		assertThat(differences(ROWS, method(Normaliser.class, "cells"), line -> {
			String clean = control.matcher(line).replaceAll("");
			clean = bullet.matcher(heading.matcher(clean).replaceFirst("")).replaceAll("\u2022");
			List<String> cells = new ArrayList<>();
			for (String cell : clean.split("\t", -1)) {
				cells.add(spaces.matcher(cell).replaceAll(" ").strip());
			}
			while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			return cells;
		})).isEmpty();
	}

	@Test
	void findsPageFurnitureWhereThePatternsDo() {
		List<Pattern> furniture = Stream.of("PAGE_NUMBER", "NO_MARKING", "RULE", "FOOTER").map(n -> (Pattern) PreChecks.field(PageFurniture.class, n))
			.toList();
		assertThat(differences(TEXTS, PageFurniture::isFurniture, line -> {
			String text = line.strip();
			return !text.isEmpty() && furniture.stream().anyMatch(p -> p.matcher(text).matches());
		})).isEmpty();
		Pattern pageNumber = (Pattern) PreChecks.field(PageFurniture.class, "PAGE_NUMBER");
		assertThat(differences(TEXTS, PageFurniture::isPageNumber, t -> pageNumber.matcher(t.strip()).matches())).isEmpty();
	}

	@Test
	void seesAnOwnerCellWhereThePatternDoes() {
		Pattern ownerCell = (Pattern) PreChecks.field(OwnerCellShape.class, "OWNER_CELL");
		assertThat(differences(TEXTS, OwnerCellShape::matches, t -> ownerCell.matcher(t.strip()).matches())).isEmpty();
	}

	@Test
	void findsHtmlWhereThePatternsDo() {
		Pattern tag = (Pattern) PreChecks.field(HtmlFragments.class, "HTML_TAG");
		assertThat(differences(TEXTS, HtmlFragments::containsHtml, t -> tag.matcher(t).find())).isEmpty();
	}

	@Test
	void comparesRepeatedPassagesAsThePatternDid() {
		RepeatedPassages quick = new RepeatedPassages();
		java.util.Set<String> seen = new java.util.HashSet<>();
		assertThat(differences(TEXTS, quick::isRepeat, line -> {
			String key = line.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
			return key.length() >= RepeatedPassages.MIN_LENGTH && !seen.add(key);
		})).isEmpty();
	}

	/** A note line joins its text once; it is what joining on each call gave, and it is blank where every cell is. */
	@Test
	void joinsALinesTextAsBefore() {
		for (String row : ROWS) {
			NoteLine line = new NoteLine(1, Arrays.asList(row.split("\t", -1)));
			assertThat(line.text()).isEqualTo(String.join(" ", line.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList()));
			assertThat(line.isBlank()).isEqualTo(line.cells().stream().allMatch(String::isBlank));
			assertThat(line).isEqualTo(new NoteLine(1, line.cells())).hasSameHashCodeAs(new NoteLine(1, line.cells()));
		}
		assertThat(NoteLine.of(3, "2.1", "Findings")).hasToString("NoteLine[sourceLine=3, cells=[2.1, Findings]]");
	}

}
