package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Attendee;
import org.scrutiny.normalise.NoteLine;

/**
 * Who attended and who sent apologies. Reads the layouts the notes use: a table of label, name and capacity; a name
 * and title run together on one line; a column of names followed by a column of capacities; a "Present:" list
 * separated by semicolons. Marks such as "(Chair)" and "(minutes)" say who chaired and who took the notes.
 */
final class AttendanceParser {

	// matches: Attendance:   Present   Members Present:   In attendance:   Also present:   Apologies:   Apologies received
	private static final Pattern STATUS_LABEL = Pattern.compile("(?i)^(attendance|attendees|(?:(?:board|panel|committee)\\s+)?"
			+ "members\\s+present|present|(?:also\\s+)?in\\s+attendance|also\\s+present|apologies(?:\\s+(?:received|for\\s+absence))?|"
			+ "absent)\\s*:?\\s*(.*)$");

	// matches: Name:   Capacity:   Role:   Name: Capacity:   (column headings of the attendance table)
	private static final Pattern COLUMN_HEADING = Pattern.compile("(?i)^(?:(name|capacity|role|title|position)\\s*:?\\s*)+$");

	// matches: None   Nil   N/A
	private static final Pattern NOBODY = Pattern.compile("(?i)^(?:none|nil|n/a|no apologies)\\.?$");

	// matches: "; "  or  "), "   (between people in a "Present:" list)
	private static final Pattern LIST_SEPARATOR = Pattern.compile(";\\s*|(?<=\\)),\\s*");

	// matches: (Chair)   – Chair   (in the chair)
	private static final Pattern CHAIR_MARK = Pattern.compile("(?i)\\((?:chair|chairman|chairperson|chairwoman|in\\s+the\\s+chair)\\)|[-\u2013]\\s*chair\\s*$");

	// matches: (minutes)   (note taker)   (notes)
	private static final Pattern MINUTES_MARK = Pattern.compile("(?i)\\((?:minutes|notes|note\\s*-?taker|minute\\s*-?taker)\\)");

	/** Who attended, and whom the list marks as chair or minute-taker (empty when it marks nobody). */
	record Attendance(List<Attendee> people, String chair, String minutesBy) {
	}

	/** A person as listed, with the title as written (marks included). */
	private record Entry(String name, String title, String initials, AttendanceStatus status) {

		Attendee attendee() {
			return new Attendee(name.strip(), RoleClassifier.classify(title), status, initials);
		}

	}

	private AttendanceParser() {
	}

	/** True for a line that opens or continues the attendance list. */
	static boolean opensList(NoteLine line) {
		return STATUS_LABEL.matcher(line.text()).matches() || COLUMN_HEADING.matcher(line.text()).matches();
	}

	static Attendance read(List<NoteLine> lines) {
		List<Entry> entries = entries(joinWrappedLists(lines));
		String chair = entries.stream().filter(e -> CHAIR_MARK.matcher(e.title()).find()).map(Entry::name).findFirst().orElse("");
		String minutesBy = entries.stream().filter(e -> MINUTES_MARK.matcher(e.title()).find()).map(Entry::name).findFirst().orElse("");
		return new Attendance(entries.stream().map(Entry::attendee).toList(), chair, minutesBy);
	}

	/** A list separated by ";" that wraps onto the next lines is one line ("...Andrew Reid," / "Police and Crime Commissioner; ..."). */
	private static List<NoteLine> joinWrappedLists(List<NoteLine> lines) {
		List<NoteLine> out = new ArrayList<>();
		for (NoteLine line : lines) {
			if (!out.isEmpty() && line.cells().size() == 1 && !line.isBlank() && !opensList(line) && !isHeaderField(line)) {
				NoteLine previous = out.get(out.size() - 1);
				if (previous.cells().size() == 1 && previous.text().contains(";")) {
					out.set(out.size() - 1, NoteLine.of(previous.sourceLine(), previous.text() + " " + line.text()));
					continue;
				}
			}
			out.add(line);
		}
		return out;
	}

	private static boolean isHeaderField(NoteLine line) {
		return HeaderFields.LABELLED.matcher(line.text()).matches();
	}

	private static List<Entry> entries(List<NoteLine> lines) {
		List<Entry> entries = new ArrayList<>();
		AttendanceStatus status = AttendanceStatus.PRESENT;
		boolean presentLabelEmpty = false;
		List<String> names = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> column = null;
		for (NoteLine line : lines) {
			List<String> cells = line.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
			if (cells.isEmpty() || isHeaderField(line)) {
				continue;
			}
			Matcher label = STATUS_LABEL.matcher(cells.get(0));
			List<String> rest = cells;
			if (label.matches()) {
				status = label.group(1).toLowerCase(Locale.ROOT).matches("apolog.*|absent") ? AttendanceStatus.APOLOGY
						: AttendanceStatus.PRESENT;
				rest = new ArrayList<>();
				if (!label.group(2).isBlank()) {
					rest.add(label.group(2));
				}
				rest.addAll(cells.subList(1, cells.size()));
				presentLabelEmpty |= rest.isEmpty() && status == AttendanceStatus.PRESENT;
			}
			if (rest.isEmpty() || NOBODY.matcher(String.join(" ", rest)).matches()) {
				continue;
			}
			Matcher heading = COLUMN_HEADING.matcher(String.join(" ", rest));
			if (heading.matches()) {
				// "Name:" alone heads a column of names, "Capacity:" alone one of titles; both together head a table
				String words = String.join(" ", rest).toLowerCase(Locale.ROOT);
				boolean both = words.contains("name") && words.matches(".*(capacity|role|title|position).*");
				column = both ? null : words.startsWith("name") ? names : titles;
				continue;
			}
			if (rest.size() >= 2 && NameAndTitle.isName(rest.get(0))) {
				String name = rest.get(0);
				entries.add(new Entry(name, String.join(" ", rest.subList(1, rest.size())),
						PeopleIndex.initialsOf(NameAndTitle.bare(name)), status));
			}
			else if (column != null && rest.size() == 1) {
				column.add(rest.get(0));
			}
			else {
				for (String part : LIST_SEPARATOR.split(String.join(" ", rest))) {
					for (NameAndTitle.Person person : NameAndTitle.split(part.strip())) {
						entries.add(new Entry(person.name(), person.title(), person.initials(), status));
					}
				}
			}
		}
		// a column of names and a column of capacities, with no sign of who sent apologies: all are taken as present
		AttendanceStatus runStatus = presentLabelEmpty ? AttendanceStatus.PRESENT : status;
		for (int i = 0; i < Math.min(names.size(), titles.size()); i++) {
			if (NameAndTitle.isName(names.get(i))) {
				entries.add(new Entry(names.get(i), titles.get(i), PeopleIndex.initialsOf(names.get(i)), runStatus));
			}
		}
		return entries;
	}

}
