package org.scrutiny.parse.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Attendee;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.header.HeaderFields;
import org.scrutiny.parse.layout.SectionHeading;
import org.scrutiny.parse.owners.PeopleIndex;
import org.scrutiny.parse.roles.RoleClassifier;

/**
 * Who attended and who sent apologies. Reads the layouts the notes use: a table of label, name and capacity; a name
 * and title run together on one line; a column of names followed by a column of capacities; a "Present:" list
 * separated by semicolons. Marks such as "(Chair)" and "(minutes)" say who chaired and who took the notes.
 */
public final class AttendanceParser {

	// matches: Attendance:   Present   Members Present:   In attendance:   Also present:   Apologies:   Apologies received
	//          0. Attendance   • Present:   • Absent:   18.09.1 Apologies   (after a bullet or an item number)
	//          Panel:   Officials:   Guests:   Other Attendees:   • Observing: Sophie   Secretariat:   Officers:
	//          Steering Committee Members Attending   Steering Committee Members Not attending:   (these with a colon or alone)
	private static final Pattern STATUS_LABEL = Pattern.compile("(?i)^(?:[\u2022*-]\\s*|\\d\\.\\s*|\\d{1,2}(?:\\.\\d{1,2}){1,2}\\s+)?(?:(attendance|attendees|"
			+ "(?:(?:board|panel|committee)\\s+)?members\\s+present|present|(?:also\\s+)?in\\s+attendance|also\\s+present|"
			+ "apologies(?:\\s+(?:received|for\\s+absence))?|absent)(?:\\s+(?:received\\s+)?from)?\\s*:?\\s*(.*)|"
			+ "((?:other\\s+)?attendees|panel|board|members|officials|guests|observing|observers|officers|secretariat|"
			+ "(?:(?:steering\\s+)?(?:committee|board|panel)\\s+)?(?:members|staff)\\s+(?:not\\s+)?attending)\\s*(?::\\s*(.*))?)$");

	/** The characters {@link #STATUS_LABEL} starts with (bullets, item numbers, and its words' first letters). */
	private static final String STATUS_LABEL_STARTS = "abcgimopsABCGIMOPS\u2022*-0123456789";

	// matches: apologies   apologies received   apologies for absence   (a label for those who sent apologies)
	private static final Pattern APOLOGY_LABEL = Pattern.compile("apolog.*");

	// matches: absent   members not attending   (a label for those who were not there and sent no apologies: in neither list)
	private static final Pattern ABSENT_LABEL = Pattern.compile("absent|.*not\\s+attending");

	// matches: Name:   Capacity:   Role:   Name: Capacity:   (column headings of the attendance table)
	private static final Pattern COLUMN_HEADING = Pattern.compile("(?i)^(?:(name|capacity|role|title|position)\\s*:?\\s*)+$");

	/** The letters {@link #COLUMN_HEADING} starts with (name, capacity, role, title, position). */
	private static final String COLUMN_HEADING_STARTS = "cnprtCNPRT";

	// matches: None   Nil   N/A
	private static final Pattern NOBODY = Pattern.compile("(?i)^(?:none|nil|n/a|no apologies)\\.?$");

	// matches: "; "  or  "), "   (between people in a "Present:" list)
	private static final Pattern LIST_SEPARATOR = Pattern.compile(";\\s*|(?<=\\)),\\s*");

	// matches: the commas in "Marcus Dell (PCC), Chief Constable Fiona Rudd, ACC Paul Greaves"   (not inside brackets)
	private static final Pattern COMMA_OUTSIDE_BRACKETS = Pattern.compile(",\\s*(?![^()]*\\))");

	// matches: (Chair)   – Chair   (in the chair)
	private static final Pattern CHAIR_MARK = Pattern.compile("(?i)\\((?:chair|chairman|chairperson|chairwoman|in\\s+the\\s+chair)\\)|[-\u2013]\\s*(?:in\\s+the\\s+)?chair\\s*$");

	// matches: (minutes)   (note taker)   (notes)
	private static final Pattern MINUTES_MARK = Pattern.compile("(?i)\\((?:minutes|notes|note\\s*-?taker|minute\\s*-?taker)\\)|"
			+ "[-\u2013]\\s*(?:minutes|notes|note\\s*-?taker)\\s*\\)?\\s*$");

	// matches: name capacity   name: role:   (column headings naming both a name and a title)
	private static final Pattern TITLE_HEADING = Pattern.compile(".*(capacity|role|title|position).*");

	/** Who attended, and whom the list marks as chair or minute-taker (empty when it marks nobody). */
	public record Attendance(List<Attendee> people, String chair, String minutesBy) {
	}

	/** A person as listed, with the title as written (marks included). */
	private record Entry(String name, String title, String initials, AttendanceStatus status) {

		Attendee attendee() {
			WrittenTitle.Read written = WrittenTitle.of(name.strip(), title, initials);
			return new Attendee(name.strip(), RoleClassifier.classify(written.title()), status, written.initials());
		}

	}

	private AttendanceParser() {
	}

	/** True for a line that opens or continues the attendance list. */
	public static boolean opensList(NoteLine line) {
		// each pattern only on a line that starts with one of its words' first letters
		String text = line.text();
		return startsWithOneOf(text, STATUS_LABEL_STARTS) && STATUS_LABEL.matcher(text).matches()
				|| startsWithOneOf(text, COLUMN_HEADING_STARTS) && COLUMN_HEADING.matcher(text).matches();
	}

	private static boolean startsWithOneOf(String text, String letters) {
		return !text.isEmpty() && letters.indexOf(text.charAt(0)) >= 0;
	}

	public static Attendance read(List<NoteLine> lines) {
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
				if (previous.cells().size() == 1 && (previous.text().contains(";") || previous.text().endsWith(","))) {
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

	/**
	 * The people of a list line: split at semicolons, or at commas when each piece is a person of its own. A run on a
	 * label's own line may be two names long; a line of its own needs three names to be a run, since "Will Perrin,
	 * Talk About Local" is a name and an organisation.
	 */
	private static List<String> parts(String list, boolean labelled) {
		if (PluralTitleRun.read(list).isPresent()) {
			// "Councillors D Richardson (Chair) R Healey, N Cresswell and P Moran": one run, read whole
			return List.of(list);
		}
		String[] bySemicolon = LIST_SEPARATOR.split(list);
		if (bySemicolon.length > 1) {
			// "Professor Nigel Shadbolt (Chair), Tim Allen, Roger Hampson (London Borough of Redbridge), ..."
			List<String> out = new ArrayList<>();
			for (String piece : bySemicolon) {
				out.addAll(runOfNames(piece, 2).orElse(List.of(piece)));
			}
			return out;
		}
		if (!list.contains(",")) {
			return List.of(bySemicolon);
		}
		// "Humza Yousaf MSP, Cllr Alam, Dr Ahmed MP": each piece a name, not a name and a title
		java.util.Optional<List<String>> run = runOfNames(list, labelled ? 2 : 3);
		if (run.isPresent()) {
			return run.get();
		}
		List<NameAndTitle.Person> whole = NameAndTitle.split(list);
		if (whole.size() == 1 && NameAndTitle.isName(whole.get(0).name())) {
			// "Tariq Malik, Deputy Chief Constable (TM)": one person, the comma between name and title
			return List.of(list);
		}

		String[] byComma = COMMA_OUTSIDE_BRACKETS.split(list);
		boolean eachAPerson = byComma.length > 1 && java.util.Arrays.stream(byComma).map(String::strip).allMatch(part ->
				NameAndTitle.isName(part) || NameAndTitle.split(part).size() == 1 && NameAndTitle.isName(NameAndTitle.split(part).get(0).name()));
		if (eachAPerson && (byComma.length > 2 || labelled)) {
			return List.of(byComma);
		}
		return List.of(list);
	}

	// matches: the commas in "Esme Clark, Danny O'Neill, John Foster"   the stop in "Cllr Hutchison. Cllr Gill Pidgeon"
	// (not inside brackets, nor after an abbreviation such as "Prof." or "Dr.")
	private static final Pattern RUN_SEPARATOR = Pattern.compile(",\\s*(?![^()]*\\))|(?<!\\b[A-Z][a-z]{0,3})\\.\\s+(?=[A-Z])(?![^()]*\\))");

	/** The pieces of a run of at least {@code least} names ("Present: Esme Clark, Danny O'Neill, ..."), each a person. */
	private static java.util.Optional<List<String>> runOfNames(String list, int least) {
		List<String> pieces = java.util.Arrays.stream(RUN_SEPARATOR.split(ListedPerson.withoutEndStops(list.strip())))
			.map(String::strip).filter(p -> !p.isEmpty()).toList();
		boolean run = pieces.size() >= least && pieces.stream().allMatch(p -> ListedPerson.read(p, false).isPresent());
		return run ? java.util.Optional.of(pieces) : java.util.Optional.empty();
	}

	/**
	 * The people the title rules find in a text, when each is a name: "Logan Inglis was present at today's meeting
	 * and ... member of the Community Council" is a sentence, not a person and a title.
	 */
	private static List<NameAndTitle.Person> namedPeople(String text) {
		List<NameAndTitle.Person> found = NameAndTitle.split(text);
		return found.stream().allMatch(p -> NameAndTitle.isName(p.name()) && !ListedPerson.startsWithDeterminer(p.name())) ? found : List.of();
	}

	// matches: " and " in "Philip Worsfold and David Plant (DCLG)"   " & "   (two people in one entry)
	private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");

	/** The people one entry names, by the title rules first, then as a listed name ("Amanda Wright"). */
	private static List<Entry> people(String part, AttendanceStatus status, boolean alone) {
		String item = ListedPerson.withoutBullet(part);
		List<Entry> out = new ArrayList<>();
		java.util.Optional<List<PluralTitleRun.Member>> members = PluralTitleRun.read(item);
		if (members.isPresent()) {
			members.get().forEach(m -> out.add(new Entry(m.name(), m.title(), PeopleIndex.initialsOf(m.name()), status)));
			return out;
		}
		if (!item.startsWith("[")) {
			for (NameAndTitle.Person person : namedPeople(item)) {
				out.add(new Entry(person.name(), person.title(), person.initials(), status));
			}
			if (!out.isEmpty()) {
				return out;
			}
			java.util.Optional<TitleBeforeName.Read> titled = TitleBeforeName.read(item);
			if (titled.isPresent()) {
				return List.of(new Entry(titled.get().name(), titled.get().title(), PeopleIndex.initialsOf(titled.get().name()), status));
			}
		}
		String[] joined = AND.split(item);
		if (joined.length == 2) {
			// "David Plant (minutes) and Padma Juggapah (DCLG)": two people when each side is one
			for (String one : joined) {
				ListedPerson.read(one, false).ifPresent(r -> out.add(new Entry(r.name(), r.title(), r.initials(), status)));
			}
			if (out.size() == 2) {
				return out;
			}
		}
		return ListedPerson.read(item, alone).map(r -> List.of(new Entry(r.name(), r.title(), r.initials(), status))).orElse(List.of());
	}

	/**
	 * True when the line belongs to the attendance list: a label, a person, a list carrying on from the line above,
	 * a column heading, or a stray number. The first line that is none of these ends the list.
	 */
	public static boolean isAttendanceLine(NoteLine line, NoteLine previous) {
		String text = line.text();
		if (line.isBlank() || opensList(line) || isHeaderField(line) || NOBODY.matcher(text).matches()
				|| SectionHeading.NUMBER.matcher(text).matches()) {
			return true;
		}
		if (previous != null && (previous.text().endsWith(",") || previous.text().contains(";"))) {
			return true;
		}
		List<String> cells = line.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
		if (cells.size() >= 2) {
			return cells.stream().anyMatch(c -> NameAndTitle.isName(withoutMark(c)) || RoleClassifier.isTitle(c))
					|| MINUTES_CELL.matcher(cells.get(0)).matches();
		}
		String item = ListedPerson.withoutBullet(text);
		return text.contains(";") || NameAndTitle.isName(text) || !namedPeople(text).isEmpty()
				|| text.length() <= MAX_TITLE_LINE && RoleClassifier.isTitle(text)
				|| !people(item, AttendanceStatus.PRESENT, false).isEmpty();
	}

	// matches: Notes   Minutes   Secretariat   Minute taker   (a table cell naming who took the notes)
	private static final Pattern MINUTES_CELL = Pattern.compile("(?i)(?:notes|minutes|secretariat|minute[- ]?taker|note[- ]?taker|clerk)\\s*:?");

	// matches: " (Chair)" at the end of "Andrew Castle (Chair)"
	private static final Pattern TRAILING_MARK = Pattern.compile("\\s*\\([^()]{1,40}\\)\\s*$");

	private static String withoutMark(String cell) {
		return TRAILING_MARK.matcher(cell).replaceFirst("");
	}

	/** A capacity on a line of its own, in a column of capacities, is short. */
	private static final int MAX_TITLE_LINE = 80;

	private static List<Entry> entries(List<NoteLine> lines) {
		List<Entry> entries = new ArrayList<>();
		AttendanceStatus status = AttendanceStatus.PRESENT;
		boolean presentLabelEmpty = false;
		List<String> names = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> column = null;
		// after "Absent:" or "Members Not attending:", people are in neither list until the next label
		boolean absent = false;
		boolean headingAbove = false;
		for (NoteLine line : lines) {
			List<String> cells = line.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
			if (cells.isEmpty()) {
				continue;
			}
			Matcher label = STATUS_LABEL.matcher(cells.get(0));
			boolean labelled = label.matches();
			if (!labelled && isHeaderField(line) || labelled && isHeaderField(line) && label.group(3) == null) {
				continue;
			}
			List<String> rest = cells;
			if (labelled) {
				String word = (label.group(1) != null ? label.group(1) : label.group(3)).toLowerCase(Locale.ROOT);
				String after = label.group(1) != null ? label.group(2) : label.group(4);
				rest = new ArrayList<>();
				if (after != null && !after.isBlank()) {
					rest.add(after);
				}
				rest.addAll(cells.subList(1, cells.size()));
				// "Attendees:" then "Apologies:" with no one between: a two-column table flattened column by column,
				// the first column's people come first, so the first label holds
				boolean secondHeading = rest.isEmpty() && headingAbove;
				headingAbove = rest.isEmpty();
				if (!secondHeading) {
					status = APOLOGY_LABEL.matcher(word).matches() ? AttendanceStatus.APOLOGY : AttendanceStatus.PRESENT;
					absent = ABSENT_LABEL.matcher(word).matches();
				}
				presentLabelEmpty |= rest.isEmpty() && status == AttendanceStatus.PRESENT && !absent;
			}
			else {
				headingAbove = false;
			}
			if (absent || rest.isEmpty() || NOBODY.matcher(String.join(" ", rest)).matches()) {
				continue;
			}
			Matcher heading = COLUMN_HEADING.matcher(String.join(" ", rest));
			if (heading.matches()) {
				// "Name:" alone heads a column of names, "Capacity:" alone one of titles; both together head a table
				String words = String.join(" ", rest).toLowerCase(Locale.ROOT);
				boolean both = words.contains("name") && TITLE_HEADING.matcher(words).matches();
				column = both ? null : words.startsWith("name") ? names : titles;
				continue;
			}
			if (rest.size() == 2 && MINUTES_CELL.matcher(rest.get(0)).matches()) {
				// "Notes <TAB> Amira Latif, Policy Officer": who took the notes
				List<NameAndTitle.Person> taker = NameAndTitle.split(rest.get(1));
				String name = taker.isEmpty() ? rest.get(1).split(",")[0].strip() : taker.get(0).name();
				entries.add(new Entry(name, taker.isEmpty() ? "(minutes)" : taker.get(0).title() + " (minutes)",
						PeopleIndex.initialsOf(name), status));
			}
			else if (rest.size() == 2 && !NameAndTitle.isName(rest.get(0)) && NameAndTitle.isName(withoutMark(rest.get(1)))) {
				// a title first, then the name: "Deputy Chief Constable <TAB> Matthew Kerr", "PCC <TAB> Andrew Castle (Chair)"
				String name = NameAndTitle.bare(withoutMark(rest.get(1)));
				String mark = rest.get(1).substring(withoutMark(rest.get(1)).length()).strip();
				entries.add(new Entry(name, (rest.get(0) + " " + mark).strip(), PeopleIndex.initialsOf(name), status));
			}
			else if (rest.size() >= 2 && NameAndTitle.isName(rest.get(0))) {
				String name = rest.get(0);
				entries.add(new Entry(name, String.join(" ", rest.subList(1, rest.size())),
						PeopleIndex.initialsOf(NameAndTitle.bare(name)), status));
			}
			else if (column != null && rest.size() == 1) {
				column.add(rest.get(0));
			}
			else {
				List<String> parts = parts(String.join(" ", rest), labelled);
				for (String part : parts) {
					entries.addAll(people(part.strip(), status, labelled && parts.size() == 1));
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
