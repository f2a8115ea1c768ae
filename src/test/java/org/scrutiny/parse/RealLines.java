package org.scrutiny.parse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.scrutiny.PreChecks;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.text.Keyword;
import org.scrutiny.parse.text.Prefixes;
import org.scrutiny.parse.text.Spaces;

/**
 * Every line of the test notes as the normaliser leaves them, and texts made to be awkward, for tests that hold a
 * quick path up against the slower work it spares.
 */
public final class RealLines {

	/** The folders of test notes. */
	private static final List<String> FOLDERS = List.of("/seeds", "/layouts", "/blind", "/later", "/marked");

	/** Texts at the edges: empty, white space of every kind, line ends, non-ASCII letters that fold to ASCII. */
	public static final List<String> AWKWARD = List.of("", " ", "  ", "\t", "a", " a", "a ", "a  b", "a\tb", "a \t b", " a b ",
			"x\u000Bx", "\u00a0ACC\u00a0", "The\u00a0ACC", "CEx.", "(DCC)", "[DCC]", ")", "(", "((", "(.", "T/DCC", "t/dcc",
			"A/", "T/ DCC", "CC DCC", "DPC C", "1.ACC 2.ACC 3.DPC C/ACC", "of,\u0085", "the\u2028", "between \r\n", "x,",
			"Actions arising:", "ACTIONS ARISING", "Ac etions arising", "Action: DCC to circulate", "None.", "İstanbul",
			"ſecret ſtaff officer", "K\u212Aelvin", "OFFICIAL-SENSITIVE", "(OFFICIAL \u2013 SENSITIVE)", "Page 2 of 4",
			"manage 12", "2.1", "4b", "3. HMICFRS PEEL inspection", "PAB/22/027 \u2013 review", "\u2022 Check the plan",
			"- to", "Responsible Officer:", "Responsible   Officer*", "Owner", "by when", "Open / Closed",
			"(iii) Explain the outcome", "(a) Review the plan", "1) Reducing harm", "b. Locations with access", "x. Other",
			"11/19 \u2013 DCC to share", "pab/22/027 Review", "Minute 27/23 \u2013 DIGITAL FORENSICS", "and", "band and",
			"ACC and DCC", "ACC_and_DCC", "Andy and", "\u00e9and", " and ", "x  y\tz ", "\t a");

	private static List<NoteLine> lines;

	private static List<String> texts;

	private RealLines() {
	}

	/** The lines of every test note, read once for all the tests that ask. */
	public static synchronized List<NoteLine> lines() {
		if (lines == null) {
			lines = List.copyOf(read());
		}
		return lines;
	}

	private static List<NoteLine> read() {
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
	public static synchronized List<String> texts() {
		if (texts == null) {
			List<String> all = new ArrayList<>(AWKWARD);
			for (NoteLine line : lines()) {
				all.add(line.text());
				all.addAll(line.cells());
			}
			texts = all.stream().distinct().toList();
		}
		return texts;
	}

	/** The words of the texts, each once: the tokens owner columns and subjects are read in. */
	public static List<String> words() {
		return texts().stream().flatMap(t -> Stream.of(Spaces.split(t))).distinct().toList();
	}

	/** A pattern a class keeps to itself, so that a test holds the quick path up against the very pattern it spares. */
	public static Pattern pattern(Class<?> owner, String name) {
		return (Pattern) field(owner, name);
	}

	/** A constant a class keeps to itself. */
	public static Object field(Class<?> owner, String name) {
		return PreChecks.field(owner, name);
	}

	/** A check a class keeps to itself. */
	public static Predicate<String> check(Class<?> owner, String name) {
		Function<String, Boolean> check = PreChecks.method(owner, name);
		return check::apply;
	}

	/** A check that lets a pattern run only where the word is. */
	public static Predicate<String> has(String word) {
		return Keyword.of(word)::in;
	}

	/** The pattern as {@code matches()} uses it: the whole text. */
	public static Pattern whole(Pattern pattern) {
		return Pattern.compile("^(?:" + pattern.pattern() + ")$", pattern.flags());
	}

	/** The texts where the pattern finds something but the check that guards it would not have let it run. */
	public static List<String> stoppedByTheCheck(Pattern pattern, Predicate<String> check) {
		return texts().stream().filter(t -> pattern.matcher(t).find() && !check.test(t)).toList();
	}

	/** The texts on which taking a prefix off quickly ({@link Prefixes#remove}) differs from the pattern's replaceFirst. */
	public static List<String> prefixDifferences(Pattern prefix, String starts) {
		return PreChecks.differences(texts(), t -> Prefixes.remove(prefix, starts, t), t -> prefix.matcher(t).replaceFirst(""));
	}

	/** The texts on which a guarded pattern finds other matches, or finds them elsewhere, than the original did. */
	public static List<String> matchDifferences(Pattern guarded, Pattern original) {
		return PreChecks.differences(texts(), t -> matches(guarded, t), t -> matches(original, t));
	}

	/** Every match, with where it stands. */
	private static List<String> matches(Pattern pattern, String text) {
		List<String> out = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			out.add(m.start() + "-" + m.end() + ":" + m.group());
		}
		return out;
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
