package org.scrutiny.parse.owners;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.Attendee;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.roles.RoleClassifier;
import org.scrutiny.parse.text.Prefixes;
import org.scrutiny.parse.text.Spaces;

/**
 * Finds the role of an owner given as a person: "Jane Smith", "Smith", "DCC Smith", or initials the attendance list
 * defines ("Jane Smith (JS)") or that follow from a name.
 */
public final class PeopleIndex {

	// matches: DCC Smith   T/ACC Jones   Supt Brown   (a rank or code before a surname)
	// (a second code is no surname: "CC DCC" is two owners)
	private static final Pattern RANK_SURNAME = Pattern.compile("^((?:T/|A/)?[A-Za-z]{2,5}\\.?)\\s+"
			+ "(?!(?:PCC|PFCC|DPCC|CC|DCC|ACC|CEx|CEX|CEO|SPM|PO|SO)\\b)([A-Z][A-Za-z'-]+)$");

	// matches: "." in "Smith."   ";" in "DCC;"   (stops after a name)
	private static final Pattern TRAILING_STOPS = Pattern.compile("[.,;:]+$");

	// matches: JS   CFO   SDGR   AHol   (initials, or a code the attendance list defines; "AHol" tells two AHs apart)
	private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,5}|[A-Z]{2}[a-z]{1,3}");

	// matches: Kirsty   Smith   (one capitalised word: a first name or surname)
	private static final Pattern ONE_NAME = Pattern.compile("[A-Z][a-z]+");

	// matches: "(TG)" where the list's role column holds initials: "Tom Griffin (TG), STFC, Scientific Computing"
	private static final Pattern INITIALS_AS_ROLE = Pattern.compile("^\\(([A-Z][A-Za-z]{1,4})\\)$");

	// matches: "," and "(" in "Chief Finance Officer, OPCC (CFO)"   (where a title's office or code begins)
	private static final Pattern TITLE_END = Pattern.compile("[,(]");

	private final Map<String, RoleRef> byKey = new HashMap<>();

	private final Map<String, RoleRef> byInitials = new HashMap<>();

	private final Map<String, RoleRef> byFirstName = new HashMap<>();

	/** The people of the list who hold each canonical role ("T/DCC Chris Singer" holds DCC). */
	private final Map<Role, List<Attendee>> byRole = new EnumMap<>(Role.class);

	/** Whether the meeting has an attendance list at all: without one, nothing can be told from it. */
	private final boolean listed;

	public PeopleIndex(List<Attendee> people) {
		this.listed = !people.isEmpty();
		// each name's key, worked out once: its first and last words are the first name and surname
		List<String> keys = people.stream().map(person -> key(person.name())).toList();
		Map<String, Integer> surnameCounts = new HashMap<>();
		Map<String, Integer> firstNameCounts = new HashMap<>();
		for (String key : keys) {
			surnameCounts.merge(surname(key), 1, Integer::sum);
			firstNameCounts.merge(firstName(key), 1, Integer::sum);
		}
		for (int i = 0; i < people.size(); i++) {
			// "Kirsty to share...": a first name that only one person in the list has
			String first = firstName(keys.get(i));
			if (firstNameCounts.get(first) == 1 && !first.equals(surname(keys.get(i)))) {
				byFirstName.put(first, owner(people.get(i)));
			}
		}
		for (Attendee person : people) {
			if (person.role().role() != Role.OTHER) {
				byRole.computeIfAbsent(person.role().role(), r -> new java.util.ArrayList<>()).add(person);
			}
		}
		for (int i = 0; i < people.size(); i++) {
			Attendee person = people.get(i);
			byKey.put(keys.get(i), owner(person));
			if (surnameCounts.get(surname(keys.get(i))) == 1) {
				byKey.put(surname(keys.get(i)), owner(person));
			}
			if (person.initials() != null && !person.initials().isBlank()) {
				byInitials.put(person.initials().toUpperCase(Locale.ROOT), owner(person));
			}
			else {
				// "Tom Griffin (TG)": the initials read as the role as written
				Matcher asRole = INITIALS_AS_ROLE.matcher(person.role().title());
				if (asRole.matches()) {
					byInitials.put(asRole.group(1).toUpperCase(Locale.ROOT), owner(person));
				}
			}
		}
		// "NM to create a document" for "[NM] Nicholas May": a name's initials, where no one else's are the same
		Map<String, List<RoleRef>> derived = new HashMap<>();
		for (Attendee person : people) {
			String initials = initialsOf(person.name());
			if (initials.length() >= 2) {
				derived.computeIfAbsent(initials, k -> new java.util.ArrayList<>()).add(owner(person));
			}
		}
		derived.forEach((initials, owners) -> {
			if (owners.size() == 1) {
				byInitials.putIfAbsent(initials, owners.get(0));
			}
		});
		// "Clerk" for "Sarah Green (Clerk)": a title another body's member holds, where one person listed holds it
		Map<String, List<RoleRef>> held = new HashMap<>();
		for (Attendee person : people) {
			if (person.role().role() == Role.OTHER && !person.role().title().isBlank()) {
				held.computeIfAbsent(key(person.role().title()), k -> new java.util.ArrayList<>()).add(owner(person));
			}
		}
		held.forEach((title, holders) -> {
			if (holders.size() == 1) {
				byKey.putIfAbsent(title, holders.get(0));
			}
		});
		// "CFO" for the Chief Finance Officer: a title's initials, where one person present holds it
		Map<String, List<RoleRef>> titles = new HashMap<>();
		for (Attendee person : people) {
			if (person.status() == org.scrutiny.model.AttendanceStatus.PRESENT) {
				String initials = titleInitials(person.role().title());
				if (initials.length() >= 3) {
					titles.computeIfAbsent(initials, k -> new java.util.ArrayList<>()).add(owner(person));
				}
			}
		}
		titles.forEach((initials, roles) -> {
			if (roles.size() == 1) {
				byInitials.putIfAbsent(initials, roles.get(0));
			}
		});
	}

	/**
	 * True when the attendance list holds people and none of them holds a police role: a parish council's "CC White"
	 * is a County Councillor and a charity's "CEO" its own, not the police codes.
	 */
	public boolean outsidePolicing() {
		return listed && byRole.isEmpty();
	}

	/** A person of the list as an owner: their role, held by them. */
	private static RoleRef owner(Attendee person) {
		return person.role().heldBy(person.name());
	}

	public static PeopleIndex empty() {
		return new PeopleIndex(List.of());
	}

	/**
	 * An owner given as a canonical role ("DCC to review...") is the one person of the list who holds it; given as a
	 * person, a title of another body, or a role that nobody or more than one person holds, it stays as it is.
	 */
	public RoleRef named(RoleRef owner) {
		List<Attendee> holders = owner.person().isEmpty() ? byRole.getOrDefault(owner.role(), List.of()) : List.of();
		return holders.size() == 1 ? owner.heldBy(holders.get(0).name()) : owner;
	}

	/** The role of the person the text names, if it names someone in the list. */
	Optional<RoleRef> find(String text) {
		String t = text.strip();
		if (t.indexOf('.') >= 0 || t.indexOf(',') >= 0 || t.indexOf(';') >= 0 || t.indexOf(':') >= 0) {
			t = TRAILING_STOPS.matcher(t).replaceAll("");
		}
		if (t.isEmpty()) {
			return Optional.empty();
		}
		// each pattern is tried only on a text of its shape: initials are short, a name starts in capitals, a rank and
		// surname are two words
		RoleRef found = byKey.get(key(t));
		if (found == null && t.length() <= 5 && t.length() >= 2 && t.charAt(1) >= 'A' && t.charAt(1) <= 'Z'
				&& INITIALS.matcher(t).matches()) {
			found = byInitials.get(t.toUpperCase(Locale.ROOT));
		}
		if (found == null && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z' && ONE_NAME.matcher(t).matches()) {
			found = byFirstName.get(key(t));
		}
		if (found == null && hasSpace(t)) {
			Matcher m = RANK_SURNAME.matcher(t);
			if (m.matches()) {
				found = byKey.get(key(m.group(2)));
				Role rank = RoleClassifier.codeRole(Prefixes.remove(OwnerLookup.ACTING_SLASH, "TtAa", m.group(1)));
				if (found == null && rank != null) {
					found = new RoleRef(rank, m.group(1).contains("/"), t);
				}
			}
		}
		return Optional.ofNullable(found);
	}

	/** True when the text holds white space (\s), as a rank and surname do. */
	private static boolean hasSpace(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	/** "Chief Finance Officer, OPCC" gives "CFO": the capitalised words before any comma or bracket. */
	private static String titleInitials(String title) {
		String head = title.indexOf(',') >= 0 || title.indexOf('(') >= 0 ? TITLE_END.split(title)[0] : title;
		StringBuilder out = new StringBuilder();
		for (String word : Spaces.split(head.strip())) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && hasLowerCase(word)) {
				out.append(word.charAt(0));
			}
		}
		return out.toString();
	}

	private static boolean hasLowerCase(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isLowerCase(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** "Jane Smith" gives "JS". */
	public static String initialsOf(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : Spaces.split(name.strip())) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				out.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return out.toString();
	}

	private static String key(String name) {
		return Spaces.collapse(name.strip()).toLowerCase(Locale.ROOT);
	}

	/** The first name in a name's key. */
	private static String firstName(String key) {
		return key.split(" ")[0];
	}

	/** The surname in a name's key. */
	private static String surname(String key) {
		String[] words = key.split(" ");
		return words[words.length - 1];
	}

}
