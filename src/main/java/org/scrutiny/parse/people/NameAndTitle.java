package org.scrutiny.parse.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.owners.PeopleIndex;
import org.scrutiny.parse.roles.OtherTitles;
import org.scrutiny.parse.roles.RoleClassifier;
import org.scrutiny.parse.text.Prefixes;
import org.scrutiny.parse.text.Spaces;

/**
 * Splits "Andy Champness Chief Executive Officer, OPCC (CEX)" into a name and a title where no tab or comma does,
 * and pairs a run of names with a run of titles ("Tracey Onslow Andy Champness Deputy Police and Crime Commissioner
 * (DPCC) Chief Executive Officer, OPCC (CEX)").
 */
public final class NameAndTitle {

	public record Person(String name, String title, String initials) {
	}

	/** Honorifics and ranks before a name: "Cllr Ann Bell", "Ch Supt Alun Davies", "Supt Mike Rowe". */
	static final String HONORIFIC = "(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Ch\\.?\\s*Supt|Chief\\s+Superintendent|"
			+ "Det\\.?\\s*Supt|Supt|Superintendent|DCI|DI|DS|Insp|Inspector|Sgt|Sergeant|PC|PCSO)\\.?\\s+)";

	private static final String NAME = "(?:" + HONORIFIC + ")*[A-Z][\\p{L}'\u2019.-]+(?:\\s+[A-Z][\\p{L}'\u2019.-]+){0,3}";

	// matches: "Jackie Irvin, Policy Officer, OPCC"   "Jane Smith (JS) – Assistant Chief Constable, Local Policing"
	private static final Pattern NAME_THEN_TITLE = Pattern.compile("^(" + NAME + ")\\s*(?:\\(([A-Z]{2,4})\\))?\\s*(?:,|\\s[-\u2013\u2014:]|[\u2013\u2014:])\\s*(.+)$");

	// matches: "Cllr Ann Bell (Chair)"   "Ravi Patel (Police and Crime Commissioner)"
	private static final Pattern NAME_BRACKET_TITLE = Pattern.compile("^(" + NAME + ")\\s*\\(([^()]+)\\)$");

	// matches: "Chief Constable Fiona Rudd"   "ACC Paul Greaves"   "DCC Tom Bryant"   (a title or code, then the name)
	private static final Pattern TITLE_THEN_NAME = Pattern.compile("^((?:(?:T/|A/|Acting\\s+|Temporary\\s+)?(?:PCC|DPCC|CC|DCC|ACC|CEx)|"
			+ "(?:Deputy\\s+|Assistant\\s+)?Chief\\s+Constable|Police\\s+and\\s+Crime\\s+Commissioner))\\s+([A-Z][\\p{L}'.-]+(?:\\s+[A-Z][\\p{L}'.-]+){1,2})$");

	// matches: "Mrs Debra Tillett – Head of Professional Standards"   (a name, a dash, then a title of any kind)
	private static final Pattern NAME_DASH_ANYTHING = Pattern.compile("^(" + NAME + ")\\s+[-\u2013\u2014]\\s+(.+)$");

	// matches: "(DPCC)" ending "Deputy Police and Crime Commissioner (DPCC)"   (a title that ends in its code)
	private static final Pattern TITLE_END = Pattern.compile("\\([A-Za-z/]{2,6}\\)\\)?");

	// matches: "Cllr " in "Cllr Ann Bell"   "Ch Supt " in "Ch Supt Alun Davies"   (honorifics and ranks before a name)
	private static final Pattern LEADING_HONORIFICS = Pattern.compile("^" + HONORIFIC + "+");

	// matches: Natasha Noorbakhsh   Jo O'Neill-Smith   Anna Marie St. John   Kieron O’Hara   (two to four capitalised words)
	private static final Pattern NAME_WORDS = Pattern.compile("[A-Z][\\p{L}'\u2019.-]+(?:\\s+[A-Z][\\p{L}'\u2019.-]+){1,3}");

	// matches: Police   Chief   Senior   T/DCC   (a word that opens a title)
	private static final Pattern TITLE_WORD = Pattern.compile("(?i)police|chief|assistant|policy|staff|senior|commissioner|t/.*");

	private NameAndTitle() {
	}

	/** One or more people from a line that lists them without tabs. */
	public static List<Person> split(String text) {
		String t = text.strip();
		Matcher delimited = NAME_THEN_TITLE.matcher(t);
		if (delimited.matches() && RoleClassifier.isTitle(delimited.group(3)) && isName(delimited.group(1))) {
			return List.of(new Person(bare(delimited.group(1)), delimited.group(3).strip(), initials(delimited.group(2), delimited.group(1))));
		}
		Matcher bracketed = NAME_BRACKET_TITLE.matcher(t);
		if (bracketed.matches() && isName(bracketed.group(1))) {
			return List.of(new Person(bare(bracketed.group(1)), "(" + bracketed.group(2) + ")", PeopleIndex.initialsOf(bare(bracketed.group(1)))));
		}
		Matcher titleFirst = TITLE_THEN_NAME.matcher(t);
		if (titleFirst.matches() && isName(titleFirst.group(2)) && RoleClassifier.isTitle(titleFirst.group(1))) {
			return List.of(new Person(bare(titleFirst.group(2)), titleFirst.group(1), PeopleIndex.initialsOf(bare(titleFirst.group(2)))));
		}
		Matcher dashed = NAME_DASH_ANYTHING.matcher(t);
		if (dashed.matches() && isName(dashed.group(1))) {
			// a title outside the known ones ("Head of Professional Standards", "Brackenshire Police"): kept as written
			return List.of(new Person(bare(dashed.group(1)), dashed.group(2).strip(), PeopleIndex.initialsOf(bare(dashed.group(1)))));
		}
		String[] words = Spaces.split(t);
		for (int i = 1 + honorificWords(t); i < words.length; i++) {
			String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
			if (RoleClassifier.isTitle(rest) && startsTitle(words[i])) {
				return pair(java.util.Arrays.copyOfRange(words, 0, i), rest);
			}
		}
		return List.of();
	}

	private static int honorificWords(String text) {
		String stripped = bare(text);
		String honorific = text.strip().substring(0, text.strip().length() - stripped.length()).strip();
		return honorific.isEmpty() ? 0 : Spaces.split(honorific).length;
	}

	private static boolean startsTitle(String word) {
		return RoleClassifier.isTitle(word) || OtherTitles.startsWithTitle(word)
				|| TITLE_WORD.matcher(word).matches();
	}

	/** k names of two words each before k titles that each end in a code: pair them in order. */
	private static List<Person> pair(String[] nameWords, String titles) {
		List<String> each = new ArrayList<>();
		Matcher end = TITLE_END.matcher(titles);
		int start = 0;
		while (end.find()) {
			each.add(titles.substring(start, end.end()).strip());
			start = end.end();
		}
		if (start < titles.length() && !titles.substring(start).isBlank()) {
			each.add(titles.substring(start).strip());
		}
		String name = bare(String.join(" ", nameWords));
		if (each.size() > 1 && nameWords.length == 2 * each.size()) {
			List<Person> people = new ArrayList<>();
			for (int i = 0; i < each.size(); i++) {
				String one = nameWords[2 * i] + " " + nameWords[2 * i + 1];
				people.add(new Person(one, each.get(i), PeopleIndex.initialsOf(one)));
			}
			return people;
		}
		return List.of(new Person(name, titles, PeopleIndex.initialsOf(name)));
	}

	private static String initials(String given, String name) {
		return given != null ? given : PeopleIndex.initialsOf(bare(name));
	}

	/** A person's name: two to four capitalised words ("Natasha Noorbakhsh"), not a run of letters ("T O I"). */
	static boolean isName(String text) {
		String name = bare(text);
		return !name.isEmpty() && name.charAt(0) >= 'A' && name.charAt(0) <= 'Z' && NAME_WORDS.matcher(name).matches()
				&& !RoleClassifier.isTitle(name);
	}

	/** The name without honorifics or rank: "Cllr Ann Bell" is Ann Bell. */
	public static String bare(String name) {
		String n = name.strip();
		// every honorific starts with one of these capitals
		return Prefixes.remove(LEADING_HONORIFICS, "MDCPSI", n);
	}

}
