package org.scrutiny.parse.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.MarkedPassage;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.text.Keyword;

/**
 * Finds what the notes mark as not for publication. A marking in the heading, or one repeated as page furniture,
 * covers the whole document; a marking line or a marked heading in the agenda covers its section, up to the next
 * agenda heading. ("Not Protectively Marked" and a bare "OFFICIAL" are no such marking: the normaliser drops them.)
 */
public final class ProtectiveMarking {

	/** The markings, as written alone on a line or after a heading. */
	private static final String MARKINGS = "official[\\s\u2013-]*sensitive(?:\\s*[:\u2013-]\\s*[a-z]+)?|restricted|confidential|secret|"
			+ "not\\s+for\\s+(?:publication|public\\s+release)|exempt\\s+from\\s+publication|"
			+ "part\\s+(?:2|ii)\\b[^a-z]*(?:exempt|confidential)[a-z ]*";

	// matches: OFFICIAL-SENSITIVE   OFFICIAL – SENSITIVE: OPERATIONAL   RESTRICTED   NOT FOR PUBLICATION   (a line on its own)
	private static final Pattern MARKING_LINE = Pattern.compile("(?i)^\\W*(" + MARKINGS + ")\\W*$");

	// matches: "Operation Vanguard (OFFICIAL-SENSITIVE)"   "Custody deaths – not for publication"   (a marked heading)
	private static final Pattern MARKED_HEADING = Pattern.compile("(?i)(?:[(\\[]|\\s[\u2013-]\\s)\\s*(" + MARKINGS + ")\\s*[)\\]]?\\s*$");

	/** One of these is in every marking above: a line with none of them is spared both patterns. */
	private static final List<Keyword> MARKING_WORDS = List.of(Keyword.of("sensitive"), Keyword.of("restricted"),
			Keyword.of("confidential"), Keyword.of("secret"), Keyword.of("publication"), Keyword.of("release"),
			Keyword.of("exempt"));

	/** A marked heading is short; a sentence that ends with a marking's word is not one. */
	private static final int MAX_HEADING = 120;

	private ProtectiveMarking() {
	}

	/**
	 * @param lines the whole note
	 * @param agendaStart the index of the first agenda line: a marking above it covers the whole document
	 */
	public static List<MarkedPassage> find(List<NoteLine> lines, int agendaStart) {
		List<Optional<String>> markings = lines.stream().map(line -> marking(line.text())).toList();
		Map<String, Integer> repeats = new HashMap<>();
		for (Optional<String> marking : markings) {
			marking.ifPresent(m -> repeats.merge(m.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
		}
		int last = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).sourceLine();
		List<MarkedPassage> out = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Optional<String> marking = markings.get(i);
			if (marking.isEmpty()) {
				continue;
			}
			if (i < agendaStart || repeats.get(marking.get().toLowerCase(java.util.Locale.ROOT)) > 1) {
				return List.of(new MarkedPassage(0, last, marking.get()));
			}
			int end = i + 1;
			while (end < lines.size() && !isAgendaHeading(lines.get(end))) {
				end++;
			}
			out.add(new MarkedPassage(lines.get(i).sourceLine(), lines.get(end - 1).sourceLine(), marking.get()));
			i = end - 1;
		}
		return out;
	}

	static Optional<String> marking(String text) {
		// each pattern only on a line of its shape, and both only where a marking's word is: most lines are spared both
		boolean asLine = startsLikeMarking(text);
		boolean asHeading = text.length() <= MAX_HEADING && hasOpening(text);
		if (!asLine && !asHeading || !Keyword.anyIn(text, MARKING_WORDS)) {
			return Optional.empty();
		}
		Matcher line = MARKING_LINE.matcher(text.strip());
		if (asLine && line.matches()) {
			return Optional.of(line.group(1).strip());
		}
		Matcher heading = MARKED_HEADING.matcher(text.strip());
		return asHeading && heading.find() ? Optional.of(heading.group(1).strip()) : Optional.empty();
	}

	/**
	 * True when the first letter or digit of the text can start a marking (Official, Restricted, Confidential, Secret,
	 * Not, Exempt, Part), as a marking line's must: nothing but punctuation may come before it.
	 */
	private static boolean startsLikeMarking(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
				return "orcsnepORCSNEP".indexOf(c) >= 0;
			}
		}
		return false;
	}

	/** True when the text has a bracket or a dash, one of which opens a marked heading's marking. */
	private static boolean hasOpening(String text) {
		return text.indexOf('(') >= 0 || text.indexOf('[') >= 0 || text.indexOf('-') >= 0 || text.indexOf('\u2013') >= 0;
	}

	private static boolean isAgendaHeading(NoteLine line) {
		return SectionHeading.topLevelNumber(line) > 0 || SectionHeading.isHeading(line) && marking(line.text()).isEmpty()
				&& SectionHeading.letterCount(line.text()) >= 3;
	}

}
