package org.scrutiny.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms notes use ("IMU", "LCJB", "SIB") and what they stand for where the notes spell them out, for the board
 * pack's glossary: its reader meets "IMU to review the backlog" far from the page that said "Information Management
 * Unit (IMU)".
 */
final class Acronyms {

	// matches: "IMU"   "LCJB"   "HMICFRS"   "PCCs"   (two to seven capitals, a plural "s" after them)
	// (not "T/DCC" as a whole: the role's code after the slash is matched on its own)
	private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\d&'\u2019-])([A-Z][A-Z&]{1,6})s?(?![\\p{L}\\d&'\u2019-])");

	// matches: "Information Management Unit (IMU)"   "Victims Code of Practice (VCOP)"   (the words, then the acronym)
	private static final Pattern WORDS_THEN_ACRONYM = Pattern.compile("((?:[\\p{L}&'\u2019-]+\\s+){1,9}[\\p{L}&'\u2019-]+)\\s*\\(([A-Z][A-Z&]{1,6})s?\\)");

	// matches: "SIB (Service Improvement Board)"   (the acronym, then the words)
	private static final Pattern ACRONYM_THEN_WORDS = Pattern.compile("\\b([A-Z][A-Z&]{1,6})\\s+\\(([\\p{L}&'\u2019 -]{5,80})\\)");

	/** Words written in capitals for emphasis or as labels, not as acronyms: "It was AGREED", "ACTION: ...". */
	private static final Set<String> SHOUTED = Set.of("AGREED", "ACTION", "ACTIONS", "NOTED", "NOTE", "NOTES", "RESOLVED",
			"AND", "THE", "FOR", "OF", "TO", "IN", "ON", "AT", "BY", "OR", "NOT", "ALL", "ANY", "NEW", "NO", "YES", "AOB",
			"UPDATE", "OPEN", "CLOSED", "DONE", "ITEM", "ITEMS", "TBC", "TBA", "TBD", "NB", "PS", "AM", "PM", "OK", "ONLY",
			"MUST", "WILL", "NEXT", "DATE", "TIME", "IT", "IS", "WE", "HE", "SHE", "MAY", "JUNE", "JULY");

	/** Small words a name may hold without a letter of its acronym: "Victims Code of Practice" is VCOP, "of" given. */
	private static final Set<String> JOINING = Set.of("of", "and", "&", "for", "the", "in", "on", "to", "at");

	private Acronyms() {
	}

	/** The acronyms the text uses, in the order first met, each once ("IMU", "SIB"; "PCCs" as "PCC"). */
	static Set<String> in(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = ACRONYM.matcher(text);
		while (m.find()) {
			String acronym = m.group(1);
			if (!SHOUTED.contains(acronym) && !acronym.endsWith("&")) {
				found.add(acronym);
			}
		}
		return found;
	}

	/**
	 * What the text says each acronym stands for, where it spells one out in brackets next to words whose first letters
	 * give it: "Information Management Unit (IMU)" or "SIB (Service Improvement Board)". The first spelling wins.
	 */
	static Map<String, String> spelledOut(String text) {
		Map<String, String> out = new LinkedHashMap<>();
		Map<String, String> shouted = new LinkedHashMap<>();
		Matcher before = WORDS_THEN_ACRONYM.matcher(text);
		while (before.find()) {
			String acronym = before.group(2);
			nameEndingIn(before.group(1), acronym).ifPresent(name -> keep(acronym, name, out, shouted));
		}
		Matcher after = ACRONYM_THEN_WORDS.matcher(text);
		while (after.find()) {
			String name = after.group(2).strip();
			if (spells(List.of(name.split("\\s+")), after.group(1))) {
				keep(after.group(1), name, out, shouted);
			}
		}
		// a name found only in a heading in capitals ("THE SERVICE IMPROVEMENT BOARD (SIB)") is better than none
		shouted.forEach(out::putIfAbsent);
		return out;
	}

	/**
	 * The first spelling of each acronym, one in running text before one in a heading in capitals, which is given as a
	 * name is written ("SERVICE IMPROVEMENT BOARD" as "Service Improvement Board").
	 */
	private static void keep(String acronym, String name, Map<String, String> out, Map<String, String> shouted) {
		if (name.equals(name.toUpperCase(Locale.ROOT))) {
			shouted.putIfAbsent(acronym, asWritten(name));
		}
		else {
			out.putIfAbsent(acronym, name);
		}
	}

	private static String asWritten(String shoutedName) {
		StringBuilder name = new StringBuilder();
		for (String word : shoutedName.toLowerCase(Locale.ROOT).split(" ")) {
			boolean small = !name.isEmpty() && JOINING.contains(word);
			name.append(name.isEmpty() ? "" : " ").append(small || word.isEmpty() ? word
					: Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return name.toString();
	}

	/**
	 * The last words of the phrase that spell the acronym, first letters of each from the end, small joining words
	 * passed over ("The Local Criminal Justice Board" gives "Local Criminal Justice Board" for LCJB).
	 */
	private static Optional<String> nameEndingIn(String phrase, String acronym) {
		String[] words = phrase.strip().split("\\s+");
		// the name may end in a word the acronym leaves out: "Analysis and Service Improvement Unit (ASI)"
		return spelledBy(words, words.length, acronym)
			.or(() -> spelledBy(words, words.length - 1, acronym).map(name -> name + " " + words[words.length - 1]));
	}

	/** The words before {@code end} whose first letters, from the end, give the acronym. */
	private static Optional<String> spelledBy(String[] words, int end, String acronym) {
		int first = firstWord(words, end - 1, acronym, acronym.length() - 1);
		return first < 0 ? Optional.empty() : Optional.of(String.join(" ", List.of(words).subList(first, end)));
	}

	/**
	 * Where the name starts when the words up to {@code word} give the acronym's letters up to {@code letter}, or -1. A
	 * small joining word may give a letter ("of" in VCOP) or be passed over ("and" in ASI); a name starts with neither.
	 */
	private static int firstWord(String[] words, int word, String acronym, int letter) {
		if (letter < 0) {
			return JOINING.contains(words[word + 1].toLowerCase(Locale.ROOT)) ? -1 : word + 1;
		}
		if (word < 0) {
			return -1;
		}
		boolean joining = JOINING.contains(words[word].toLowerCase(Locale.ROOT));
		if (Character.toUpperCase(words[word].charAt(0)) == acronym.charAt(letter)) {
			int first = firstWord(words, word - 1, acronym, letter - 1);
			if (first >= 0 || !joining) {
				return first;
			}
		}
		return joining ? firstWord(words, word - 1, acronym, letter) : -1;
	}

	/** True when the words' first letters, small joining words passed over, are the acronym's letters. */
	private static boolean spells(List<String> words, String acronym) {
		StringBuilder initials = new StringBuilder();
		for (String word : words) {
			if (!word.isEmpty() && !JOINING.contains(word.toLowerCase(Locale.ROOT))) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.toString().equals(acronym.replace("&", ""));
	}

}
