package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Attendee;
import org.scrutiny.normalise.NoteLine;

/**
 * Who attended and who sent apologies. Reads the layouts the notes use: a table of label, name and capacity; a name
 * and title run together on one line; a column of names followed by a column of capacities.
 */
final class AttendanceParser {

	// matches: Attendance:   Present   In attendance:   Also present:   Apologies:   Apologies received
	private static final Pattern STATUS_LABEL = Pattern.compile("(?i)^(attendance|attendees|present|in\\s+attendance|also\\s+present|"
			+ "apologies(?:\\s+received)?|absent)\\s*:?\\s*(.*)$");

	// matches: Name:   Capacity:   Role:   Name: Capacity:   (column headings of the attendance table)
	private static final Pattern COLUMN_HEADING = Pattern.compile("(?i)^(?:(name|capacity|role|title|position)\\s*:?\\s*)+$");

	// matches: None   Nil   N/A
	private static final Pattern NOBODY = Pattern.compile("(?i)^(?:none|nil|n/a|no apologies)\\.?$");

	// matches: "; "  or  "), "   (between people in a "Present:" list)
	private static final Pattern LIST_SEPARATOR = Pattern.compile(";\\s*|(?<=\\)),\\s*");

	private AttendanceParser() {
	}

	/** True for a line that opens or continues the attendance list. */
	static boolean opensList(NoteLine line) {
		return STATUS_LABEL.matcher(line.text()).matches() || COLUMN_HEADING.matcher(line.text()).matches();
	}

	static List<Attendee> parse(List<NoteLine> lines) {
		List<Attendee> people = new ArrayList<>();
		AttendanceStatus status = AttendanceStatus.PRESENT;
		boolean presentLabelEmpty = false;
		List<String> names = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> column = null;
		for (NoteLine line : lines) {
			List<String> cells = line.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
			if (cells.isEmpty()) {
				continue;
			}
			String first = cells.get(0);
			Matcher label = STATUS_LABEL.matcher(first);
			List<String> rest = cells.subList(1, cells.size());
			if (label.matches()) {
				status = label.group(1).toLowerCase().startsWith("apolog") || label.group(1).equalsIgnoreCase("absent")
						? AttendanceStatus.APOLOGY : AttendanceStatus.PRESENT;
				List<String> after = new ArrayList<>();
				if (!label.group(2).isBlank()) {
					after.add(label.group(2));
				}
				after.addAll(rest);
				if (after.isEmpty() && status == AttendanceStatus.PRESENT) {
					presentLabelEmpty = true;
				}
				rest = after;
			}
			else {
				rest = cells;
			}
			if (rest.isEmpty() || NOBODY.matcher(String.join(" ", rest)).matches()) {
				continue;
			}
			Matcher heading = COLUMN_HEADING.matcher(String.join(" ", rest));
			if (heading.matches()) {
				// "Name:" alone heads a column of names, "Capacity:" alone one of titles; both together head a table
				String words = String.join(" ", rest).toLowerCase();
				boolean both = words.contains("name") && words.matches(".*(capacity|role|title|position).*");
				column = both ? null : words.startsWith("name") ? names : titles;
				continue;
			}
			if (rest.size() >= 2 && NameAndTitle.isName(rest.get(0))) {
				String title = String.join(" ", rest.subList(1, rest.size()));
				people.add(attendee(rest.get(0), title, PeopleIndex.initialsOf(rest.get(0)), status));
			}
			else if (column != null && rest.size() == 1) {
				column.add(rest.get(0));
			}
			else {
				for (String part : LIST_SEPARATOR.split(String.join(" ", rest))) {
					for (NameAndTitle.Person person : NameAndTitle.split(part)) {
						people.add(attendee(person.name(), person.title(), person.initials(), status));
					}
				}
			}
		}
		// a column of names and a column of capacities, with no sign of who sent apologies: all are taken as present
		AttendanceStatus runStatus = presentLabelEmpty ? AttendanceStatus.PRESENT : status;
		for (int i = 0; i < Math.min(names.size(), titles.size()); i++) {
			if (NameAndTitle.isName(names.get(i))) {
				people.add(attendee(names.get(i), titles.get(i), PeopleIndex.initialsOf(names.get(i)), runStatus));
			}
		}
		return people;
	}

	private static Attendee attendee(String name, String title, String initials, AttendanceStatus status) {
		return new Attendee(name.strip(), RoleClassifier.classify(title), status, initials);
	}

}
