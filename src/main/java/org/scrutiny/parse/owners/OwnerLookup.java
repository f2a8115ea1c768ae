package org.scrutiny.parse.owners;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.roles.OtherTitles;
import org.scrutiny.parse.roles.RoleClassifier;
import org.scrutiny.parse.text.Prefixes;

/**
 * One owner as an owner column or an action's subject names it: a role code ("CEx", "T/DCC"), a code and its
 * portfolio ("ACC Local Policing"), a title ("Chief Executive") or a person in the attendance list.
 * <p>
 * Each token is worked out once and remembered: the same words ("The", "ACC", "None.") are asked about on every line
 * of an agenda. One lookup serves one meeting, as its people index does.
 */
final class OwnerLookup {

	// matches: ACC Local Policing   DCC Harris   ACC Crime and Justice   (a code, then a portfolio or a name)
	// (no word of the portfolio may itself be a code: "CC DCC" is two owners)
	private static final String NOT_A_CODE = "(?!(?:[TA]/)?(?:PCC|PFCC|DPCC|CC|DCC|ACC|CEx|CEX|CEO|SPM|PO|SO)\\b)";

	private static final Pattern CODE_AND_PORTFOLIO = Pattern.compile("((?:[TA]/)?(?:PCC|DPCC|CC|DCC|ACC|CEx|CEX))"
			+ "\\s+" + NOT_A_CODE + "[A-Z][\\w'-]*(?:\\s+(?:and|&|of|for|" + NOT_A_CODE + "[A-Z][\\w'-]*)){0,4}");

	// matches: "." in CEx.   ")" in (DCC)   (a bracket or stop after one owner)
	private static final Pattern TRAILING_STOP = Pattern.compile("[)\\].,;:]$");

	// matches: "T/" in T/DCC   "A/" in A/CC   (an acting prefix)
	static final Pattern ACTING_SLASH = Pattern.compile("(?i)^[TA]/");

	private final PeopleIndex people;

	private final Map<String, Optional<RoleRef>> known = new HashMap<>();

	OwnerLookup(PeopleIndex people) {
		this.people = people;
	}

	/** The owner the token names, if any. */
	Optional<RoleRef> find(String token) {
		Optional<RoleRef> owner = known.get(token);
		if (owner == null) {
			owner = read(token);
			known.put(token, owner);
		}
		return owner;
	}

	private Optional<RoleRef> read(String token) {
		String t = withoutBrackets(token.strip());
		if (t.isEmpty()) {
			return Optional.empty();
		}
		String code = t.length() > 1 && t.charAt(1) == '/' ? Prefixes.remove(ACTING_SLASH, "TtAa", t) : t;
		boolean outsidePolicing = people.outsidePolicing();
		if (RoleClassifier.isCode(code) && !outsidePolicing) {
			return Optional.of(RoleClassifier.classify(t));
		}
		Optional<RoleRef> person = people.find(t);
		if (person.isPresent()) {
			return person;
		}
		if (RoleClassifier.isCode(code)) {
			// "CC" among a parish council's owners is nobody's police code: it stays as written
			return Optional.of(asWritten(t));
		}
		if (startsLikePortfolio(t)) {
			Matcher portfolio = CODE_AND_PORTFOLIO.matcher(t);
			if (portfolio.matches()) {
				return Optional.of(outsidePolicing ? asWritten(t) : RoleClassifier.classify(portfolio.group(1)));
			}
		}
		if (t.charAt(0) == 'A' || t.charAt(0) == 'E') {
			if (WrittenOwner.EVERYONE.matcher(t).matches()) {
				return Optional.of(new RoleRef(Role.OTHER, false, t));
			}
		}
		Optional<RoleRef> title = RoleClassifier.titleOnly(t);
		if (title.isPresent()) {
			return outsidePolicing ? Optional.of(asWritten(t)) : title;
		}
		return OtherTitles.titleOnly(t);
	}

	/**
	 * A police code or title in a meeting whose attendance holds no police role, as written: a charity's "CEO" is its
	 * own chief executive, not the police CEX.
	 */
	private static RoleRef asWritten(String written) {
		return new RoleRef(Role.OTHER, false, Prefixes.remove(RoleClassifier.LEADING_THE, "Tt", written));
	}

	/** "(DCC)" is DCC and "CEx." CEx: one opening bracket off the start, one closing bracket or stop off the end. */
	private static String withoutBrackets(String token) {
		String t = token.startsWith("(") || token.startsWith("[") ? token.substring(1) : token;
		return hasAnyOf(t, ")].,;:") ? TRAILING_STOP.matcher(t).replaceAll("") : t;
	}

	/**
	 * False where {@link #CODE_AND_PORTFOLIO} cannot match, which spares most tokens the pattern: it starts with an
	 * acting prefix ("T/", "A/") or with one of its codes, whose first two letters are PC, DP, CC, DC, AC or CE.
	 */
	private static boolean startsLikePortfolio(String t) {
		if (t.length() < 4) {
			return false;
		}
		char first = t.charAt(0);
		char second = t.charAt(1);
		return second == '/' ? first == 'T' || first == 'A'
				: "PDCA".indexOf(first) >= 0 && (second == 'C' || second == 'P' || second == 'E');
	}

	private static boolean hasAnyOf(String text, String characters) {
		for (int i = 0; i < characters.length(); i++) {
			if (text.indexOf(characters.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

}
