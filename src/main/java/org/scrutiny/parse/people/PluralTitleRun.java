package org.scrutiny.parse.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title in the plural before a run of names, as parish and town councils list their members: "Councillors D
 * Richardson (Chair) R Healey, N Cresswell and P Moran". Each name holds the title in the singular ("Councillor"),
 * unless a mark after it says more ("(Chair)"); the mark also ends the name, with or without a comma after it.
 */
final class PluralTitleRun {

	// matches: "Councillors " in "Councillors D Richardson (Chair) R Healey, N Cresswell and P Moran"   "Cllrs "   "Trustees "
	private static final Pattern PLURAL_TITLE = Pattern.compile("^(Councillors|Cllrs\\.?|Trustees|Governors|Directors)\\s+(\\S.*)$");

	/** The singular of each plural title, as the gold and the reports name one holder. */
	private static final Map<String, String> SINGULAR = Map.of("councillors", "Councillor", "cllrs", "Councillor",
			"trustees", "Trustee", "governors", "Governor", "directors", "Director");

	// matches: "(Chair) " in "D Richardson (Chair) R Healey"   ", "   " and "   " & "   (where one name ends and the next starts)
	private static final Pattern BETWEEN_NAMES = Pattern.compile("(?<=\\))\\s*,?\\s*|\\s*,\\s*|\\s+(?:and|&)\\s+");

	// matches: " (Chair)" at the end of "D Richardson (Chair)"
	private static final Pattern MARK = Pattern.compile("\\s*\\(([^()]{1,40})\\)$");

	/** A person of the run: the name, and the title as written (the mark, else the plural title made singular). */
	record Member(String name, String title) {
	}

	private PluralTitleRun() {
	}

	/** The members the line lists after a plural title, or empty when it is no such run (or a piece is no name). */
	static Optional<List<Member>> read(String line) {
		Matcher run = PLURAL_TITLE.matcher(ListedPerson.withoutEndStops(line.strip()));
		if (!run.matches()) {
			return Optional.empty();
		}
		String title = SINGULAR.get(run.group(1).replace(".", "").toLowerCase(Locale.ROOT));
		List<Member> members = new ArrayList<>();
		for (String piece : BETWEEN_NAMES.split(run.group(2))) {
			String name = piece.strip();
			String mark = "";
			Matcher marked = MARK.matcher(name);
			if (marked.find()) {
				mark = marked.group(1).strip();
				name = name.substring(0, marked.start()).strip();
			}
			// an initial and a surname is a name here ("D Richardson"), as parish councils write them
			Optional<ListedPerson.Read> person = ListedPerson.read(name, false);
			if (person.isEmpty() || !person.get().name().equals(name)) {
				return Optional.empty();
			}
			members.add(new Member(name, ListedPerson.isRoleMark(mark) ? mark : title));
		}
		return members.isEmpty() ? Optional.empty() : Optional.of(members);
	}

}
