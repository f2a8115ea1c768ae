package org.scrutiny.parse;

import java.util.regex.Pattern;

/**
 * Titles outside the canonical roles that attendance lists use, so that a name can be told from the title after it.
 */
final class OtherTitles {

	// matches: Treasurer   Director of Commercial Services   Head of Finance   Notetaker   Chief Finance Officer
	private static final Pattern HEAD_WORD = Pattern.compile("(?i)^(?:the\\s+)?(?:treasurer|director|head|note\\s?-?taker|"
			+ "minute\\s?-?taker|secretary|clerk|chair(?:man|woman|person)?|vice[- ]chair|manager|officer|superintendent|"
			+ "chief\\s+superintendent|chief\\s+inspector|inspector|sergeant|superintendant|commander|councillor|cllr|"
			+ "member|lead|adviser|advisor|analyst|assistant|solicitor|monitoring\\s+officer|chief\\s+finance\\s+officer|"
			+ "chief\\s+officer|finance|governance|communications|project|programme|business|strategic|senior|police\\s+staff|"
			+ "independent|deputy|interim|acting|temporary|t/)\\b");

	private OtherTitles() {
	}

	static boolean startsWithTitle(String text) {
		return HEAD_WORD.matcher(text.strip()).find();
	}

}
