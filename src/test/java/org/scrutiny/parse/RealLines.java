package org.scrutiny.parse;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.scrutiny.normalise.Normaliser;
import org.scrutiny.normalise.NoteLine;

/**
 * Every line of the test notes as the normaliser leaves them, and texts made to be awkward, for tests that hold a
 * quick path up against the slower work it spares.
 */
final class RealLines {

	/** The folders of test notes. */
	private static final List<String> FOLDERS = List.of("/seeds", "/layouts", "/blind", "/later", "/marked");

	/** Texts at the edges: empty, white space of every kind, line ends, non-ASCII letters that fold to ASCII. */
	static final List<String> AWKWARD = List.of("", " ", "  ", "\t", "a", " a", "a ", "a  b", "a\tb", "a \t b", " a b ",
			"x\u000Bx", "\u00a0ACC\u00a0", "The\u00a0ACC", "CEx.", "(DCC)", "[DCC]", ")", "(", "((", "(.", "T/DCC", "t/dcc",
			"A/", "T/ DCC", "CC DCC", "DPC C", "1.ACC 2.ACC 3.DPC C/ACC", "of,\u0085", "the\u2028", "between \r\n", "x,",
			"Actions arising:", "ACTIONS ARISING", "Ac etions arising", "Action: DCC to circulate", "None.", "İstanbul",
			"ſecret ſtaff officer", "K\u212Aelvin", "OFFICIAL-SENSITIVE", "(OFFICIAL \u2013 SENSITIVE)", "Page 2 of 4",
			"manage 12", "2.1", "4b", "3. HMICFRS PEEL inspection", "PAB/22/027 \u2013 review", "\u2022 Check the plan",
			"- to", "Responsible Officer:", "Responsible   Officer*", "Owner", "by when", "Open / Closed",
			"(iii) Explain the outcome", "(a) Review the plan", "1) Reducing harm", "b. Locations with access", "x. Other",
			"11/19 \u2013 DCC to share", "pab/22/027 Review", "Minute 27/23 \u2013 DIGITAL FORENSICS", "and", "band and",
			"ACC and DCC", "ACC_and_DCC", "Andy and", "\u00e9and", " and ", "x  y\tz ", "\t a");

	private RealLines() {
	}

	/** The lines of every test note. */
	static List<NoteLine> lines() {
		Normaliser normaliser = new Normaliser();
		List<NoteLine> lines = new ArrayList<>();
		for (String folder : FOLDERS) {
			for (Path file : files(folder)) {
				try {
					lines.addAll(normaliser.normalise(Files.readString(file)).lines());
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return lines;
	}

	/** The lines' texts, their cells and the awkward texts, each once. */
	static List<String> texts() {
		List<String> texts = new ArrayList<>(AWKWARD);
		for (NoteLine line : lines()) {
			texts.add(line.text());
			texts.addAll(line.cells());
		}
		return texts.stream().distinct().toList();
	}

	/** The words of the texts, each once: the tokens owner columns and subjects are read in. */
	static List<String> words() {
		return texts().stream().flatMap(t -> Stream.of(Spaces.split(t))).distinct().toList();
	}

	/** A pattern a class keeps to itself, so that a test holds the quick path up against the very pattern it spares. */
	static Pattern pattern(Class<?> owner, String name) {
		return (Pattern) field(owner, name);
	}

	/** A constant a class keeps to itself. */
	static Object field(Class<?> owner, String name) {
		return org.scrutiny.PreChecks.field(owner, name);
	}

	private static List<Path> files(String folder) {
		try (Stream<Path> files = Files.list(Path.of(RealLines.class.getResource(folder).toURI()))) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		catch (IOException | URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
