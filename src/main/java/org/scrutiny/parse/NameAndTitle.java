package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits "Andy Champness Chief Executive Officer, OPCC (CEX)" into a name and a title where no tab or comma does,
 * and pairs a run of names with a run of titles ("Tracey Onslow Andy Champness Deputy Police and Crime Commissioner
 * (DPCC) Chief Executive Officer, OPCC (CEX)").
 */
final class NameAndTitle {

	record Person(String name, String title, String initials) {
	}

	// matches: "Jackie Irvin, Policy Officer, OPCC"   "Jane Smith (JS) - ACC Local Policing"   "John Campion (Chair)"
	private static final Pattern DELIMITED = Pattern.compile("^([A-Z][\\p{L}'.-]+(?:\\s+[A-Z][\\p{L}'.-]+){0,3})\\s*"
			+ "(?:\\(([A-Z]{2,4})\\))?\\s*(?:,|[-\u2013\u2014:]|\\((?=[^)]*\\)\\s*$))\\s*(.+?)\\)?$");

	// matches: "(DPCC)" ending "Deputy Police and Crime Commissioner (DPCC)"   (a title that ends in its code)
	private static final Pattern TITLE_END = Pattern.compile("\\([A-Za-z/]{2,6}\\)\\)?");

	private NameAndTitle() {
	}

	/** One or more people from a line that lists them without tabs. */
	static List<Person> split(String text) {
		String t = text.strip();
		Matcher delimited = DELIMITED.matcher(t);
		if (delimited.matches() && RoleClassifier.isTitle(delimited.group(3)) && isName(delimited.group(1))) {
			return List.of(new Person(delimited.group(1), delimited.group(3).strip(), initials(delimited.group(2), delimited.group(1))));
		}
		String[] words = t.split("\\s+");
		for (int i = 1; i < words.length; i++) {
			String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
			if (RoleClassifier.isTitle(rest) && startsTitle(words[i])) {
				return pair(java.util.Arrays.copyOfRange(words, 0, i), rest);
			}
		}
		return List.of();
	}

	private static boolean startsTitle(String word) {
		return RoleClassifier.isTitle(word) || OtherTitles.startsWithTitle(word)
				|| word.matches("(?i)police|chief|assistant|policy|staff|senior|commissioner|t/.*");
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
		String name = String.join(" ", nameWords);
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
		return given != null ? given : PeopleIndex.initialsOf(name);
	}

	/** A person's name: two to four capitalised words ("Natasha Noorbakhsh"), not a run of letters ("T O I"). */
	static boolean isName(String text) {
		return text.strip().matches("(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\\.?\\s+)?[A-Z][\\p{L}'.-]+(?:\\s+[A-Z][\\p{L}'.-]+){1,3}")
				&& !RoleClassifier.isTitle(text);
	}

}
