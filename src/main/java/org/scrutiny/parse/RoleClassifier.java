package org.scrutiny.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

/**
 * Gives a title as the notes write it its canonical role: "T/Deputy Chief Constable (DCC)" is an acting DCC,
 * "Chief Executive for the Police and Crime Commissioner (CEx)" the CEX, "Treasurer" OTHER.
 */
final class RoleClassifier {

	// matches: T/DCC   T/Deputy Chief Constable   Acting Chief Constable   Temporary ACC   Interim Chief Executive
	private static final Pattern ACTING = Pattern.compile("(?i)^(?:T/|A/|Acting\\s+|Temporary\\s+|Temp\\.?\\s+|Interim\\s+)");

	// matches: (Acting)   (temporary)   T/ in the middle of a title
	private static final Pattern ACTING_ANYWHERE = Pattern.compile("(?i)\\((?:acting|temporary|interim)\\)|\\bT/");

	// matches: (CEx)   (PCC)   (DCC))   a code in brackets, the most reliable signal a title carries
	private static final Pattern CODE_IN_BRACKETS = Pattern
		.compile("(?i)\\((PCC|PFCC|DPCC|DPFCC|CC|DCC|ACC|CEx|CEO|SPM|PO|SO)\\)");

	// matches: DCC   CEx   PFCC   (a bare code, as in owner columns)
	static final Pattern CODE = Pattern.compile("(?i)(PCC|PFCC|DPCC|DPFCC|CC|DCC|ACC|CEx|CEO|SPM|PO|SO)");

	// matches: (Item 1 only)   (part)   (notes)   -- attendance notes after a title
	private static final Pattern ATTENDANCE_NOTE = Pattern.compile("(?i)\\s*\\((?:item|items|part|left|arrived|from|chair|chairman|chairperson|minutes|notes?|note\\s*-?taker|minute\\s*-?taker)\\b[^)]*\\)");

	private record Rule(Role role, Pattern title) {
	}

	/**
	 * Tried in order: staff and policy titles before the role they serve ("Staff Officer to the Chief Constable"),
	 * deputies and the chief executive before the titles their names contain.
	 */
	private static final List<Rule> RULES = List.of(
			// matches: Senior Policy Manager   Head of Policy
			new Rule(Role.SPM, Pattern.compile("(?i)\\bsenior\\s+policy\\s+(?:manager|officer|lead)\\b|\\bhead\\s+of\\s+policy\\b")),
			// matches: Policy Officer   Policy Assistant   Policy Support Officer
			new Rule(Role.PO, Pattern.compile("(?i)\\bpolicy\\s+(?:officer|assistant|support\\s+officer|adviser|advisor)\\b")),
			// matches: Staff Officer
			new Rule(Role.SO, Pattern.compile("(?i)\\bstaff\\s+officer\\b")),
			// matches: Deputy Police and Crime Commissioner   Deputy PCC   Deputy Police, Fire and Crime Commissioner
			new Rule(Role.DPCC, Pattern.compile("(?i)\\bdeputy\\s+(?:police,?\\s+(?:fire\\s+)?(?:and|&)\\s+crime\\s+commissioner|p(?:f)?cc|commissioner)\\b")),
			// matches: Chief Executive   Chief Executive Officer, OPCC
			new Rule(Role.CEX, Pattern.compile("(?i)(?<!deputy\\s|assistant\\s)\\bchief\\s+executive\\b")),
			// matches: Deputy Chief Constable
			new Rule(Role.DCC, Pattern.compile("(?i)\\bdeputy\\s+chief\\s+constable\\b")),
			// matches: Assistant Chief Constable   Assistant Chief Constable Local Policing
			new Rule(Role.ACC, Pattern.compile("(?i)\\bassistant\\s+chief\\s+constable\\b")),
			// matches: Chief Constable
			new Rule(Role.CC, Pattern.compile("(?i)\\bchief\\s+constable\\b")),
			// matches: Police and Crime Commissioner   Police, Fire and Crime Commissioner
			new Rule(Role.PCC, Pattern.compile("(?i)\\bpolice,?\\s+(?:fire\\s+)?(?:and|&)\\s+crime\\s+commissioner\\b|^commissioner$")));

	// matches: "ACC" in "ACC Local Policing"   "DCC" in "DCC (Crime)"   (a code heading a portfolio)
	private static final Pattern LEADING_CODE = Pattern.compile("(PCC|PFCC|DPCC|DPFCC|CC|DCC|ACC|CEx|CEX)\\b");

	// matches: ", OPCC"  " (OPCC)"  ", Office of the PCC"   (the office an OTHER title belongs to, kept off the title)
	private static final Pattern ORGANISATION = Pattern.compile("(?i)\\s*(?:,\\s*|\\()(?:the\\s+)?(?:OP(?:F)?CC|office\\s+of\\s+the\\s+.*)\\)?\\s*$");

	// matches: " and the PCC"  " & ACC"  " / DCC"   (a title joined to another owner is not one title)
	private static final Pattern JOINED = Pattern.compile("\\s*(?:and|&|/)\\s");

	// matches: "(" and ")" in "(Chair)"
	private static final Pattern BRACKET = Pattern.compile("[()]");

	// matches: "the " in "the Deputy Chief Constable"
	static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

	// matches: the spaces between the words of a title
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/** "Deputy Police, Fire and Crime Commissioner" is the longest title a role has. */
	private static final int MAX_TITLE_WORDS = 7;

	private RoleClassifier() {
	}

	static RoleRef classify(String written) {
		String title = ATTENDANCE_NOTE.matcher(written.strip()).replaceAll("").strip();
		if (title.isEmpty()) {
			// "(Chair)" alone: the mark is the only title there is
			title = BRACKET.matcher(written.strip()).replaceAll("").strip();
		}
		boolean temporary = ACTING.matcher(title).find() || ACTING_ANYWHERE.matcher(title).find();
		Matcher code = CODE_IN_BRACKETS.matcher(title);
		Role fromCode = null;
		while (code.find()) {
			fromCode = codeRole(code.group(1));
		}
		if (fromCode != null) {
			return new RoleRef(fromCode, temporary, title);
		}
		String bare = ACTING.matcher(title).replaceFirst("");
		if (CODE.matcher(bare).matches()) {
			return new RoleRef(codeRole(bare), temporary, title);
		}
		for (Rule rule : RULES) {
			if (rule.title().matcher(bare).find()) {
				return new RoleRef(rule.role(), temporary, title);
			}
		}
		Matcher leadingCode = LEADING_CODE.matcher(bare);
		if (leadingCode.lookingAt()) {
			return new RoleRef(codeRole(leadingCode.group(1)), temporary, title);
		}
		return new RoleRef(Role.OTHER, temporary, ORGANISATION.matcher(title).replaceFirst(""));
	}

	/**
	 * The role of a text that is nothing but a title ("Chief Executive", "the Deputy Chief Constable"), not a
	 * sentence that mentions one.
	 */
	static Optional<RoleRef> titleOnly(String text) {
		String withoutThe = LEADING_THE.matcher(text.strip()).replaceFirst("");
		String bare = ACTING.matcher(withoutThe).replaceFirst("");
		if (WHITE_SPACE.split(bare).length > MAX_TITLE_WORDS) {
			return Optional.empty();
		}
		for (Rule rule : RULES) {
			Matcher m = rule.title().matcher(bare);
			if (m.lookingAt() && !JOINED.matcher(bare.substring(m.end())).lookingAt()) {
				return Optional.of(new RoleRef(rule.role(), !bare.equals(withoutThe), text.strip()));
			}
		}
		return Optional.empty();
	}

	/** The role a code names ("CEx", "PFCC", "CEO"), or null. */
	static Role codeRole(String code) {
		return switch (code.toUpperCase(Locale.ROOT)) {
			case "PCC", "PFCC" -> Role.PCC;
			case "DPCC", "DPFCC" -> Role.DPCC;
			case "CC" -> Role.CC;
			case "DCC" -> Role.DCC;
			case "ACC" -> Role.ACC;
			case "CEX", "CEO" -> Role.CEX;
			case "SPM" -> Role.SPM;
			case "PO" -> Role.PO;
			case "SO" -> Role.SO;
			default -> null;
		};
	}

	/** True when the text is a known title, so that "Andy Champness Chief Executive" can be split into name and title. */
	static boolean isTitle(String text) {
		String bare = ACTING.matcher(text.strip()).replaceFirst("");
		return CODE_IN_BRACKETS.matcher(bare).find() || CODE.matcher(bare).matches()
				|| RULES.stream().anyMatch(r -> r.title().matcher(bare).find()) || OtherTitles.startsWithTitle(bare);
	}

}
