package org.scrutiny.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.normalise.NoteLine;

/**
 * The labelled fields at the head of the notes: "Date: ...", "Chair: ...", "Minutes: ...", "Venue ...". Labels may
 * share a line ("Minutes: Jackie Irvin, Policy Officer, OPCC Venue PCC Conference Room") or stand in a column of
 * their own with the values below them in the same order.
 */
final class HeaderFields {

	enum Field {

		DATE, CHAIR, MINUTES, VENUE, TIME

	}

	// matches: - Date: Tuesday 27 March 2018 @ 10:30   Chair: John Campion   Venue Meeting Room 1.38   Minutes:
	private static final Pattern LABELLED = Pattern.compile("(?i)^[-\u2022*\\s]*(date|time|chair(?:ed\\s+by)?|minutes(?:\\s+by)?|"
			+ "minute[- ]?taker|notes?\\s+(?:taken\\s+)?by|note[- ]?taker|venue|location|place)\\b\\s*:?\\s*(.*)$");

	// matches: " Venue " inside "Jackie Irvin, Policy Officer, OPCC Venue PCC Conference Room"
	private static final Pattern EMBEDDED_LABEL = Pattern.compile("(?i)\\s+(venue|location|chair|date|minutes)\\s*:?\\s+");

	private final Map<Field, String> values = new EnumMap<>(Field.class);

	private final List<String> lines = new ArrayList<>();

	private final String heading;

	private HeaderFields(String heading) {
		this.heading = heading;
	}

	/** Reads the fields from the lines before the attendance list. */
	static HeaderFields read(List<NoteLine> header) {
		List<String> texts = header.stream().map(NoteLine::text).filter(t -> !t.isBlank()).toList();
		HeaderFields fields = new HeaderFields(texts.isEmpty() ? "" : texts.get(0));
		fields.lines.addAll(texts);
		Deque<Field> waiting = new ArrayDeque<>();
		for (String text : texts.subList(Math.min(1, texts.size()), texts.size())) {
			Matcher m = LABELLED.matcher(text);
			if (m.matches() && !m.group(2).isBlank()) {
				fields.putWithEmbedded(field(m.group(1)), m.group(2));
			}
			else if (m.matches()) {
				waiting.add(field(m.group(1)));
			}
			else if (!waiting.isEmpty()) {
				fields.values.putIfAbsent(waiting.poll(), text.strip());
			}
		}
		return fields;
	}

	private void putWithEmbedded(Field field, String value) {
		Matcher embedded = EMBEDDED_LABEL.matcher(value);
		if (embedded.find() && field != Field.DATE) {
			values.putIfAbsent(field, value.substring(0, embedded.start()).strip());
			putWithEmbedded(field(embedded.group(1)), value.substring(embedded.end()));
			return;
		}
		values.putIfAbsent(field, value.strip());
	}

	private static Field field(String label) {
		String l = label.toLowerCase(Locale.ROOT);
		if (l.startsWith("date")) {
			return Field.DATE;
		}
		if (l.startsWith("time")) {
			return Field.TIME;
		}
		if (l.startsWith("chair")) {
			return Field.CHAIR;
		}
		if (l.startsWith("venue") || l.startsWith("location") || l.startsWith("place")) {
			return Field.VENUE;
		}
		return Field.MINUTES;
	}

	String heading() {
		return heading;
	}

	String get(Field field) {
		return values.getOrDefault(field, "");
	}

	/** Every line of the header, for rules that look for a date or year anywhere in it. */
	List<String> lines() {
		return List.copyOf(lines);
	}

}
