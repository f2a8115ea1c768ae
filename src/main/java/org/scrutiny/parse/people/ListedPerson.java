package org.scrutiny.parse.people;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.owners.PeopleIndex;
import org.scrutiny.parse.roles.RoleClassifier;
import org.scrutiny.parse.text.Spaces;

/**
 * One entry of an attendance list that no title rule reads: a bare name ("Amanda Wright"), a name and the
 * organisation they come from ("Allan Brimicombe, University of East London"), a name with initials and a mark
 * ("Catherine Jones (CJ), STFC, Scientific Computing (Secretary)", "[NL] Nooriyah Poonawala-Lohani (Chair)"). An
 * organisation is not a role: the title kept is a mark such as "(Chair)" or a known title, otherwise empty.
 */
final class ListedPerson {

	// matches: "• " in "• Amanda Wright"   "- " in "- Jane Smith"   "* "   (a list item's bullet)
	static final Pattern BULLET = Pattern.compile("^[\u2022*\u00b7-]\\s*");

	// matches: "[DC] " in "[DC] Daniel Collins"   (initials the notes give before the name)
	private static final Pattern LEADING_INITIALS = Pattern.compile("^\\[([A-Z]{2,5})\\]\\s*");

	// matches: "(BM)" in "Brian Matthews (BM), STFC, Scientific Computing"   (initials in brackets after the name)
	private static final Pattern BRACKETED_INITIALS = Pattern.compile("^\\(([A-Z][A-Za-z]{1,4})\\)\\s*");

	// matches: "Ex Officio: " in "Ex Officio: Shehla Husain (DCLG)"   (a sub-label inside a run of names)
	private static final Pattern SUB_LABEL = Pattern.compile("^[A-Z][a-z]+(?:\\s+[A-Za-z]+)?:\\s+");

	// matches: "(Chair)"  "(Acting Chair)"  "(Secretary)"  "(Deputy)"  "(Secretariat)"  "(minute taker)"  "(minutes)"
	private static final Pattern ROLE_MARK = Pattern.compile("(?i)^(?:acting\\s+|vice[- ]?)?(?:chair(?:man|woman|person)?|secretary|"
			+ "secretariat|deputy|treasurer|clerk|minute\\s*-?taker|note\\s*-?taker|minutes|notes)$");

	// matches: " (SBC)"  " (representing Dr Ahmed MP)"  " (arr 13:37)"  " (Chair)"   (a bracket closing the entry)
	private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");

	// matches: " – CHAIR" in "Dr Kieron O’Hara – CHAIR"   " — Vice-Chair"   " - Hampshire County Council"
	private static final Pattern DASH_REST = Pattern.compile("\\s+[-\u2013\u2014]{1,2}\\s+(.+)$");

	// matches: " MSP" in "Humza Yousaf MSP"   " MP" in "Dr Ahmed MP"   " OBE"   (post-nominal letters)
	private static final Pattern POST_NOMINALS = Pattern.compile("(?:\\s+(?:[A-Z]{2,4}|PhD))+$");

	// matches: Amanda Wright   Danny O'Neill   Kieron O’Hara   Silvia Da Graca Ramos   Nooriyah Poonawala-Lohani
	private static final Pattern NAME_WORDS = Pattern.compile("[A-Z][\\p{L}'\u2019.-]*(?:\\s+(?:(?:de|van|von|da|du|di|le|la|der|den)\\s+)?"
			+ "[A-Z][\\p{L}'\u2019.-]*){0,3}");

	// matches: Cabinet Office   Sunderland City Council   Community Council Training   (an organisation or heading, not a person)
	private static final Pattern ORGANISATION = Pattern.compile("(?i).*\\b(?:office|council|service|services|ministry|department|"
			+ "university|authority|agency|group|board|panel|committee|team|trust|association|centre|center|police|govt|"
			+ "government|assembly|foundation|institute|college|society|limited|ltd|plc|inc|computing|meeting|minutes|agenda|"
			+ "actions|items|matters|business|discussion|report|reports|update|updates|times)\\b.*");

	// matches: "Our " in "Our Vice Chair Hannah Salome has sent word"   "The "   (a sentence's first word, not a name's)
	private static final Pattern DETERMINER = Pattern.compile("^(?:Our|The|My|Your|Their|His|Her|This|That|All|Any|No)\\s");

	// matches: "." in "Greg Burns."   ", " at the end of a wrapped run   (stops that end an entry)
	private static final Pattern END_STOPS = Pattern.compile("[.,;]+$");

	/** A name, the title or mark as written ("" when none), and the initials the notes give or the name's own. */
	record Read(String name, String title, String initials) {
	}

	private ListedPerson() {
	}

	/** A mark that names a part in the meeting: "Chair", "Secretary", "Secretariat", "Deputy", "minute taker". */
	static boolean isRoleMark(String text) {
		return ROLE_MARK.matcher(text.strip()).matches();
	}

	/** The text without the stops that end it: "Greg Burns." is "Greg Burns". */
	static String withoutEndStops(String text) {
		return END_STOPS.matcher(text).replaceFirst("");
	}

	/** The entry without its bullet: "• Amanda Wright" is "Amanda Wright". */
	static String withoutBullet(String entry) {
		return BULLET.matcher(entry.strip()).replaceFirst("");
	}

	/**
	 * The person an entry names, or empty when it names none. {@code alone} allows a one-word name, as the whole of
	 * a label's list ("Observing: Sophie").
	 */
	static Optional<Read> read(String entry, boolean alone) {
		String text = SUB_LABEL.matcher(withoutBullet(entry)).replaceFirst("").strip();
		text = withoutEndStops(text).strip();
		String initials = null;
		Matcher leading = LEADING_INITIALS.matcher(text);
		if (leading.find()) {
			initials = leading.group(1);
			text = text.substring(leading.end());
		}
		// the title or mark: a closing bracket such as "(Chair)", else a dashed title that is a known one
		String title = "";
		Matcher bracket = TRAILING_BRACKET.matcher(text);
		if (bracket.find() && ROLE_MARK.matcher(bracket.group(1).strip()).matches()) {
			title = bracket.group(1).strip();
		}
		// the name is what comes before the first comma, bracket or dash
		String name = text.split(",", 2)[0];
		String afterComma = text.length() > name.length() ? text.substring(name.length() + 1).strip() : "";
		int open = name.indexOf('(');
		if (open > 0) {
			Matcher own = BRACKETED_INITIALS.matcher(name.substring(open));
			if (own.find() && initials == null && areInitialsOf(own.group(1), name.substring(0, open))) {
				initials = own.group(1).toUpperCase(java.util.Locale.ROOT);
			}
			name = name.substring(0, open);
		}
		Matcher dash = DASH_REST.matcher(name);
		if (dash.find()) {
			String rest = dash.group(1).strip();
			if (title.isEmpty() && (RoleClassifier.isTitle(rest) || ROLE_MARK.matcher(rest).matches())) {
				title = rest;
			}
			name = name.substring(0, dash.start());
		}
		if (title.isEmpty() && !afterComma.isEmpty() && RoleClassifier.isTitle(afterComma) && RoleClassifier.titleOnly(afterComma).isPresent()) {
			title = afterComma;
		}
		name = name.strip();
		String bare = POST_NOMINALS.matcher(NameAndTitle.bare(name)).replaceFirst("").strip();
		boolean honorific = NameAndTitle.bare(name).length() < name.length();
		if (!isName(bare, honorific || alone)) {
			return Optional.empty();
		}
		return Optional.of(new Read(bare, title, initials != null ? initials : PeopleIndex.initialsOf(bare)));
	}

	/**
	 * True when the letters are the person's initials: "BM" for Brian Matthews, "SDGR" for Silvia Da Graca Ramos,
	 * not the organisation "DCLG" after David Plant.
	 */
	static boolean areInitialsOf(String letters, String name) {
		String[] words = Spaces.split(NameAndTitle.bare(name).strip());
		String upper = letters.toUpperCase(java.util.Locale.ROOT);
		return words.length >= 2 && !words[0].isEmpty() && upper.charAt(0) == Character.toUpperCase(words[0].charAt(0))
				&& upper.indexOf(Character.toUpperCase(words[words.length - 1].charAt(0)), 1) > 0;
	}

	/** True when the text opens as a sentence does ("Our Vice Chair ..."), so it names no one. */
	static boolean startsWithDeterminer(String text) {
		return DETERMINER.matcher(text).find();
	}

	/** True for a name that can stand as a person: capitalised words, one alone only after an honorific. */
	static boolean isName(String name, boolean oneWordAllowed) {
		if (name.isEmpty() || !NAME_WORDS.matcher(name).matches() || startsWithDeterminer(name) || ORGANISATION.matcher(name).matches()
				|| RoleClassifier.isTitle(name) || name.chars().filter(Character::isUpperCase).count() == name.replace(" ", "").length()) {
			return false;
		}
		return oneWordAllowed || name.indexOf(' ') > 0;
	}

}
