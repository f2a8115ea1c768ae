package org.scrutiny.parse.owners;

import java.util.Optional;
import java.util.regex.Pattern;

import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.roles.RoleClassifier;
import org.scrutiny.parse.text.Prefixes;

/**
 * An owner the attendance list does not name, kept as written: a person who was not listed ("Kieron O'Hara to send
 * the Panel a link"), a team or office ("Secretariat to contact Rightmove", "Transparency Team to circulate",
 * "Panel members to use their networks"), or initials nobody's name gives ("[ML, NM] Investigate ..."). A person's
 * name is kept as the person, anything else as a title.
 */
public final class WrittenOwner {

	// matches: Kieron O'Hara   Helen Jeffrey   Simon Denison   (two or three capitalised words: a person's name)
	private static final Pattern PERSON = Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\\s+[A-Z][a-z]*['\u2019]?\\s?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}");

	// matches: Secretariat   Cabinet Office   DCLG   Panel members   Transparency Team   PDC project team
	// matches: Representative from Contract Finder   Steering committee members   All sites   ML   Penny
	// (a capitalised word, then up to four more capitalised words, group nouns or joining words)
	private static final Pattern NAMED = Pattern.compile("[A-Z][\\w'\u2019.-]*(?:\\s+(?:[A-Z][\\w'\u2019.-]*|members|team|"
			+ "committee|group|officials|officers|staff|project|sites|of|from|for)){0,4}");

	// matches: It   This   They   Work   Request   Action   Please   (a sentence's first word, not an owner)
	// matches: "Due to feedback from members"   "Remember to set next meeting time"   "Idea to run a Pride open day"
	// matches: "Notes Done" (the heads of a table's last columns)
	private static final Pattern NOT_AN_OWNER = Pattern.compile("(?i)(?:it|this|that|these|those|they|we|he|she|there|"
			+ "here|work|request|action|actions|item|items|paper|papers|please|again|also|then|everyone|nobody|none|"
			+ "tba|tbc|tbd|n/a|na|any|each|both|date|dates|meeting|minutes|next|due|remember|reminder|idea|ideas|note|notes|"
			+ "proposal|plan|plans|need|decision|suggestion|aim|goal|hope|intention|question|time|agreed|discussion|"
			+ "following|thanks|update|updates|consideration|more|further|done|status)\\b.*");

	// matches: members   Helen Jeffrey   PMs   all members   (the few words of an owner cell or tag: letters only)
	private static final Pattern CELL = Pattern.compile("[A-Za-z][A-Za-z'’-]*(?:\\s+[A-Za-z][A-Za-z'’-]*){0,3}");

	// matches: "Our " in "Our Secretary had sent a letter"   "the " in "the Secretariat"   (not part of the owner)
	private static final Pattern POSSESSIVE = Pattern.compile("(?i)^(?:our|the|their)\\s+");

	// matches: All   All sites   All members   Everyone   (the whole group, as "[All] Contribute to the posts" and
	// "Share high priority or blocking issues (via tickets) (All sites)" name it)
	static final Pattern EVERYONE = Pattern.compile("All(?:\\s+(?:sites|members|partners|attendees|parties))?|Everyone");

	private WrittenOwner() {
	}

	/**
	 * The owner a cell or tag names as written ("[new for members]", "[new for Helen Jeffrey]"): in an owner's own
	 * place, lower-case words ("members") are an owner too.
	 */
	public static Optional<RoleRef> inCell(String words) {
		String t = words.strip();
		if (!CELL.matcher(t).matches() || NOT_AN_OWNER.matcher(t).matches()) {
			return Optional.empty();
		}
		return Optional.of(PERSON.matcher(t).matches() ? new RoleRef(Role.OTHER, false, "", t)
				: new RoleRef(Role.OTHER, false, Prefixes.remove(RoleClassifier.LEADING_THE, "Tt", t)));
	}

	/** The owner the words name as written, where they read as a name, initials or a team; else empty. */
	public static Optional<RoleRef> of(String words) {
		String t = Prefixes.remove(POSSESSIVE, "OoTt", words.strip());
		if (t.isEmpty() || t.length() > 60 || !NAMED.matcher(t).matches() || NOT_AN_OWNER.matcher(t).matches()) {
			return Optional.empty();
		}
		return Optional.of(PERSON.matcher(t).matches() ? new RoleRef(Role.OTHER, false, "", t)
				: new RoleRef(Role.OTHER, false, t));
	}

}
