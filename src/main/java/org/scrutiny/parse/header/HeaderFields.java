package org.scrutiny.parse.header;

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
public final class HeaderFields {

	public enum Field {

		DATE, CHAIR, MINUTES, VENUE, TIME

	}

	// matches: - Date: Tuesday 27 March 2018 @ 10:30   Chair: John Campion   Venue Meeting Room 1.38   Minutes:
	// (a minute-taker's label needs its colon: "Minutes of the Board held on..." is a title, not a label)
	public static final Pattern LABELLED = Pattern.compile("(?i)^[-\u2022*\\s]*(?:(date|time|chair(?:ed\\s+by)?|venue|location|place)\\b\\s*:?|"
			+ "(minutes(?:\\s+by)?|minute[- ]?taker|notes?\\s+(?:taken\\s+)?by|note[- ]?taker|clerk|secretariat)\\s*:)\\s*(.*)$");

	// matches: " Venue " inside "Jackie Irvin, Policy Officer, OPCC Venue PCC Conference Room"
	private static final Pattern EMBEDDED_LABEL = Pattern.compile("(?i)\\s+(venue|location|chair|date|minutes)\\s*:?\\s+");

	// matches: Monthly Assurance Meeting   Police Accountability Board   Minutes of   Joint Audit Committee
	private static final Pattern MEETING = Pattern.compile("(?i)\\b(?:meeting|board|panel|committee|minutes|notes|forum|group|council)\\b");

	// matches: Notes of the meeting held on   Minutes of a meeting   (a title that names no body)
	private static final Pattern ANONYMOUS = Pattern.compile("(?i)^(?:notes|minutes)\\s+of\\s+(?:the|a)\\s+meeting\\b");

	// matches: Meeting 02   Meeting #3   Committee Meeting No.5   (a title that numbers a meeting but names no body)
	private static final Pattern NUMBER_ONLY = Pattern.compile("(?i)^(?:committee\\s+)?meeting\\s*(?:no\\.?|#)?\\s*\\d{1,3}$");

	// matches: OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR HARTSHIRE   (a letterhead, not a body)
	private static final Pattern OFFICE = Pattern.compile("(?i)^\\W*(?:the\\s+)?office\\s+of\\b");

	// matches: 10:00 – 12:30, Room G.04, Northvale Police Headquarters   (a time and a place with no labels)
	private static final Pattern TIME_AND_VENUE = Pattern.compile("(?i)^(\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?)(?:\\s*[-\u2013]\\s*"
			+ "\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?)?\\s*,\\s*(.+)$");

	/** The title is among the first few lines. */
	private static final int TITLE_REACH = 5;

	private final Map<Field, String> values = new EnumMap<>(Field.class);

	private final List<String> lines = new ArrayList<>();

	private final String heading;

	private HeaderFields(String heading) {
		this.heading = heading;
	}

	/** Reads the fields from the lines before the attendance list. */
	public static HeaderFields read(List<NoteLine> header) {
		List<String> texts = header.stream().map(NoteLine::text).filter(t -> !t.isBlank()).toList();
		int title = titleLine(texts);
		HeaderFields fields = new HeaderFields(title < 0 ? "" : heading(texts, title));
		fields.lines.addAll(texts);
		Deque<Field> waiting = new ArrayDeque<>();
		for (String text : texts.subList(title + 1, texts.size())) {
			Matcher m = LABELLED.matcher(text);
			String label = m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
			if (label != null && !m.group(3).isBlank()) {
				fields.putWithEmbedded(field(label), m.group(3));
			}
			else if (label != null) {
				waiting.add(field(label));
			}
			else if (!waiting.isEmpty()) {
				fields.values.putIfAbsent(waiting.poll(), text.strip());
			}
			else {
				Matcher timeAndPlace = TIME_AND_VENUE.matcher(text);
				if (timeAndPlace.matches()) {
					fields.values.putIfAbsent(Field.TIME, timeAndPlace.group(1));
					fields.values.putIfAbsent(Field.VENUE, timeAndPlace.group(2).strip());
				}
			}
		}
		return fields;
	}

	/** The first of the opening lines that names a meeting; an office's name above it is not the title. */
	private static int titleLine(List<String> texts) {
		for (int i = 0; i < Math.min(texts.size(), TITLE_REACH); i++) {
			if (MEETING.matcher(texts.get(i)).find() && !LABELLED.matcher(texts.get(i)).matches()
					&& !NUMBER_ONLY.matcher(texts.get(i).strip()).matches()) {
				return i;
			}
		}
		return texts.isEmpty() ? -1 : 0;
	}

	/** "Notes of the meeting held on ..." names no body: the line above it does ("JOINT ACCOUNTABILITY BOARD"). */
	private static String heading(List<String> texts, int title) {
		String line = texts.get(title);
		if (title > 0 && ANONYMOUS.matcher(line).lookingAt() && !OFFICE.matcher(texts.get(title - 1)).find()) {
			return texts.get(title - 1) + " " + line;
		}
		return line;
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

	public String heading() {
		return heading;
	}

	public String get(Field field) {
		return values.getOrDefault(field, "");
	}

	/** Every line of the header, for rules that look for a date or year anywhere in it. */
	public List<String> lines() {
		return List.copyOf(lines);
	}

}
