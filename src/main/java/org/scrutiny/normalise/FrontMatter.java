package org.scrutiny.normalise;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The YAML front matter at the head of a Markdown file, read with a YAML parser:
 *
 * <pre>
 * ---
 * title:  "Minutes of Steering Committee Meeting No.5"
 * date:   2020-04-28 14:00:00 +1000
 * ---
 * </pre>
 *
 * The page a site builds from it shows the title at the top and the date under it, so they become the note's first
 * lines; a field that holds the minutes themselves ({@code minutes: >-} then Markdown) becomes the lines of its
 * Markdown. Dates a site keeps for itself ({@code created}, {@code revised}, {@code dateCreated}) are left out: they
 * say when the page was written, not when the meeting met.
 */
final class FrontMatter {

	/** The fence that opens and closes the front matter. */
	private static final String FENCE = "---";

	/** Fields whose value is the meeting's date or start, first found first used. */
	private static final List<String> DATE_FIELDS = List.of("date", "start", "meeting_date", "meeting-date", "event_date");

	/** Fields whose value is the minutes themselves, as Markdown. */
	private static final List<String> MINUTES_FIELDS = List.of("minutes", "notes", "content", "body");

	// matches: "*", " — ", "](https://" (anything between the words a line is found by)
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final List<SourceLine> lines;

	private final int bodyStart;

	private FrontMatter(List<SourceLine> lines, int bodyStart) {
		this.lines = lines;
		this.bodyStart = bodyStart;
	}

	/** The front matter of a file's lines, if they open with one that YAML reads as a mapping. */
	static Optional<FrontMatter> read(List<String> raw) {
		if (raw.isEmpty() || !raw.get(0).strip().equals(FENCE)) {
			return Optional.empty();
		}
		int close = 1;
		while (close < raw.size() && !isClosingFence(raw.get(close))) {
			close++;
		}
		if (close == raw.size()) {
			return Optional.empty();
		}
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(
					String.join("\n", raw.subList(1, close))));
		}
		catch (YAMLException ex) {
			return Optional.empty();
		}
		if (!(root instanceof MappingNode mapping)) {
			return Optional.empty();
		}
		return Optional.of(new FrontMatter(linesOf(mapping, raw), close + 1));
	}

	private static boolean isClosingFence(String line) {
		String l = line.strip();
		return l.equals(FENCE) || l.equals("...");
	}

	/** The title, then the meeting's date, then the minutes a field holds, each at its line of the file. */
	private static List<SourceLine> linesOf(MappingNode mapping, List<String> raw) {
		List<SourceLine> out = new ArrayList<>();
		scalar(mapping, List.of("title")).ifPresent(title -> out.add(title));
		scalar(mapping, DATE_FIELDS).ifPresent(date -> out.add(date));
		for (NodeTuple field : mapping.getValue()) {
			if (MINUTES_FIELDS.contains(key(field)) && field.getValueNode() instanceof ScalarNode value) {
				int first = fileLine(value);
				for (SourceLine line : MarkdownText.lines(value.getValue(), first)) {
					out.add(new SourceLine(located(line.text(), raw, first, fileLine(value.getEndMark().getLine())), line.text()));
				}
			}
		}
		return out;
	}

	/** The first of the named fields that has a value, as one line. */
	private static Optional<SourceLine> scalar(MappingNode mapping, List<String> names) {
		for (String name : names) {
			for (NodeTuple field : mapping.getValue()) {
				if (name.equals(key(field)) && field.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
					// titles may carry HTML entities: "Senior Officials Group&#58; 1st Meeting"
					return Optional.of(new SourceLine(fileLine(value), Parser.unescapeEntities(value.getValue().strip(), false)));
				}
			}
		}
		return Optional.empty();
	}

	private static String key(NodeTuple field) {
		return field.getKeyNode() instanceof ScalarNode key ? key.getValue().strip().toLowerCase(Locale.ROOT) : "";
	}

	/** The file's line (from 1) of a node: the front matter starts on the file's second line. */
	private static int fileLine(Node node) {
		return fileLine(node.getStartMark().getLine());
	}

	private static int fileLine(int yamlLine) {
		return yamlLine + 2;
	}

	/**
	 * Where a line of a field's Markdown stands in the file. YAML folds the field's lines, so the line is found by its
	 * first words among the field's own lines; where they are not found, the field's first line is given.
	 */
	private static int located(String text, List<String> raw, int first, int last) {
		String words = firstWords(text);
		for (int n = first; n <= Math.min(last, raw.size()) && !words.isEmpty(); n++) {
			if (firstWordsOf(raw.get(n - 1)).contains(words)) {
				return n;
			}
		}
		return first;
	}

	private static String firstWords(String text) {
		String letters = firstWordsOf(text);
		return letters.length() > 24 ? letters.substring(0, 24) : letters;
	}

	/** The letters and digits of a text, lower case, each run of anything else one space. */
	private static String firstWordsOf(String text) {
		return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** The lines the front matter gives the note: its title, the meeting's date, the minutes a field holds. */
	List<SourceLine> lines() {
		return lines;
	}

	/** The index of the file's first line after the closing fence. */
	int bodyStart() {
		return bodyStart;
	}

}
