package org.scrutiny.parse.people;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.Role;
import org.scrutiny.parse.roles.RoleClassifier;

/**
 * The title an attendance entry gives a person, as the exports show it. A bracket after a name holds a title ("Marcus
 * Dell (PCC)", "Zoe Hoyal (Secretariat)"), the person's initials ("Brian Matthews (BM)") or where they come from
 * ("Katie Davis (Cabinet Office)", "Lord McNally (MoJ)"): initials are kept as initials and an organisation is not a
 * title. A title in capitals as a heading style writes it ("Dr Kieron O’Hara – CHAIR") reads as a title ("Chair").
 */
final class WrittenTitle {

	// matches: "(Cabinet Office)"   "(BM)"   "(PCC)"   "(Secretariat)"   (a title wholly in brackets)
	private static final Pattern BRACKETED = Pattern.compile("^\\((.+)\\)$");

	// matches: CHAIR   SECRETARY   VICE-CHAIR   (one word in capitals, longer than a code)
	private static final Pattern CAPITALS = Pattern.compile("^[A-Z][A-Z-]{4,}$");

	/** The title to keep ("" for none) and the initials the entry gives, or those it had. */
	record Read(String title, String initials) {
	}

	private WrittenTitle() {
	}

	static Read of(String name, String title, String initials) {
		String written = title == null ? "" : title.strip();
		Matcher bracket = BRACKETED.matcher(written);
		if (bracket.matches()) {
			String inner = bracket.group(1).strip();
			if (initials == null && ListedPerson.areInitialsOf(inner, name)) {
				return new Read("", inner.toUpperCase(Locale.ROOT));
			}
			return new Read(isTitle(inner) ? inner : "", initials);
		}
		if (CAPITALS.matcher(written).matches()) {
			return new Read(written.charAt(0) + written.substring(1).toLowerCase(Locale.ROOT), initials);
		}
		return new Read(written, initials);
	}

	/** A police role ("PCC"), a title the roles know ("Chief Finance Officer") or a mark ("Secretariat", "Deputy"). */
	private static boolean isTitle(String text) {
		return RoleClassifier.classify(text).role() != Role.OTHER || RoleClassifier.titleOnly(text).isPresent()
				|| ListedPerson.isRoleMark(text);
	}

}
