package org.scrutiny.parse.roles;

import java.util.regex.Pattern;

import org.scrutiny.parse.text.Prefixes;

/**
 * Titles outside the canonical roles that attendance lists use, so that a name can be told from the title after it.
 */
public final class OtherTitles {

	// matches: Treasurer   Director of Commercial Services   Head of Finance   Notetaker   Chief Finance Officer
	private static final Pattern HEAD_WORD = Pattern.compile("(?i)^(?:the\\s+)?(?:treasurer|director|head|note\\s?-?taker|"
			+ "minute\\s?-?taker|secretary|clerk|chair(?:man|woman|person)?|vice[- ]chair|manager|officer|superintendent|"
			+ "chief\\s+superintendent|chief\\s+inspector|inspector|sergeant|superintendant|commander|councillor|cllr|"
			+ "member|lead|adviser|advisor|analyst|assistant|solicitor|monitoring\\s+officer|chief\\s+finance\\s+officer|"
			+ "chief\\s+officer|finance|governance|communications|project|programme|business|strategic|senior|police\\s+staff|"
			+ "independent|deputy|interim|acting|temporary|t/)\\b");

	private OtherTitles() {
	}

	// matches: Treasurer   Head of Finance   Director of Commercial Services   Chief Finance Officer   (a whole title)
	private static final Pattern WHOLE_TITLE = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:interim|acting|deputy|assistant)\\s+)?"
			+ "(?:treasurer|chief\\s+finance\\s+officer|monitoring\\s+officer|(?:head|director)\\s+of(?:\\s+[A-Z][\\w&-]*|\\s+and){1,4}|"
			+ "(?:board|panel|committee)\\s+secretary|note\\s?-?taker|minute\\s?-?taker|chair(?:man|woman|person)?|"
			+ "[A-Z][\\w-]*\\s+(?:manager|lead|officer|director|adviser|advisor|analyst|superintendent|commander))$");

	/** An OTHER role for a text that is nothing but such a title ("Treasurer", "Head of Finance"). */
	public static java.util.Optional<org.scrutiny.model.RoleRef> titleOnly(String text) {
		String t = text.strip();
		return WHOLE_TITLE.matcher(t).matches()
				? java.util.Optional.of(new org.scrutiny.model.RoleRef(org.scrutiny.model.Role.OTHER, false, Prefixes.remove(RoleClassifier.LEADING_THE, "Tt", t)))
				: java.util.Optional.empty();
	}

	public static boolean startsWithTitle(String text) {
		return HEAD_WORD.matcher(text.strip()).find();
	}

}
