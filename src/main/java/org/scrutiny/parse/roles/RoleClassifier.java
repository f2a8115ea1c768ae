package org.scrutiny.parse.roles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.text.Prefixes;
import org.scrutiny.parse.text.Spaces;

/**
 * Gives a title as the notes write it its canonical role: "T/Deputy Chief Constable (DCC)" is an acting DCC,
 * "Chief Executive for the Police and Crime Commissioner (CEx)" the CEX, "Treasurer" OTHER.
 */
public final class RoleClassifier {

	// matches: T/DCC   T/Deputy Chief Constable   Acting Chief Constable   Temporary ACC   Interim Chief Executive
	private static final Pattern ACTING = Pattern.compile("(?i)^(?:T/|A/|Acting\\s+|Temporary\\s+|Temp\\.?\\s+|Interim\\s+)");

	/** Every character {@link #ACTING} can begin with. */
	private static final String ACTING_STARTS = "TtAaIi";

	// matches: (Acting)   (temporary)   T/ in the middle of a title
	private static final Pattern ACTING_ANYWHERE = Pattern.compile("(?i)\\((?:acting|temporary|interim)\\)|\\bT/");

	// matches: (CEx)   (PCC)   (DCC))   a code in brackets, the most reliable signal a title carries
	private static final Pattern CODE_IN_BRACKETS = Pattern
		.compile("(?i)\\((PCC|PFCC|DPCC|DPFCC|CC|DCC|ACC|CEx|CEO|SPM|PO|SO)\\)");

	// matches: DCC   CEx   PFCC   (a bare code, as in owner columns)
	private static final Pattern CODE = Pattern.compile("(?i)(PCC|PFCC|DPCC|DPFCC|CC|DCC|ACC|CEx|CEO|SPM|PO|SO)");

	// matches: (Item 1 only)   (part)   (notes)   -- attendance notes after a title
	private static final Pattern ATTENDANCE_NOTE = Pattern.compile("(?i)\\s*\\((?:item|items|part|left|arrived|from|chair|chairman|chairperson|minutes|notes?|note\\s*-?taker|minute\\s*-?taker)\\b[^)]*\\)");

	/**
	 * @param word a word the title cannot match without, looked for first: a name or a sentence without it is spared
	 * the pattern's scan
	 */
	private record Rule(Role role, String word, Pattern title) {

		/** True when the title is found in the text; {@code lower} is the text in lower case. */
		boolean foundIn(String text, String lower) {
			return lower.contains(word) && title.matcher(text).find();
		}

	}

	/**
	 * Tried in order: staff and policy titles before the role they serve ("Staff Officer to the Chief Constable"),
	 * deputies and the chief executive before the titles their names contain.
	 */
	private static final List<Rule> RULES = List.of(
			// matches: Senior Policy Manager   Head of Policy
			new Rule(Role.SPM, "policy", Pattern.compile("(?i)\\bsenior\\s+policy\\s+(?:manager|officer|lead)\\b|\\bhead\\s+of\\s+policy\\b")),
			// matches: Policy Officer   Policy Assistant   Policy Support Officer
			new Rule(Role.PO, "policy", Pattern.compile("(?i)\\bpolicy\\s+(?:officer|assistant|support\\s+officer|adviser|advisor)\\b")),
			// matches: Staff Officer
			new Rule(Role.SO, "staff", Pattern.compile("(?i)\\bstaff\\s+officer\\b")),
			// matches: Deputy Police and Crime Commissioner   Deputy PCC   Deputy Police, Fire and Crime Commissioner
			new Rule(Role.DPCC, "deputy", Pattern.compile("(?i)\\bdeputy\\s+(?:police,?\\s+(?:fire\\s+)?(?:and|&)\\s+crime\\s+commissioner|p(?:f)?cc|commissioner)\\b")),
			// matches: Chief Executive   Chief Executive Officer, OPCC
			new Rule(Role.CEX, "executive", Pattern.compile("(?i)(?<!deputy\\s|assistant\\s)\\bchief\\s+executive\\b")),
			// matches: Deputy Chief Constable
			new Rule(Role.DCC, "constable", Pattern.compile("(?i)\\bdeputy\\s+chief\\s+constable\\b")),
			// matches: Assistant Chief Constable   Assistant Chief Constable Local Policing
			new Rule(Role.ACC, "constable", Pattern.compile("(?i)\\bassistant\\s+chief\\s+constable\\b")),
			// matches: Chief Constable
			new Rule(Role.CC, "constable", Pattern.compile("(?i)\\bchief\\s+constable\\b")),
			// matches: Police and Crime Commissioner   Police, Fire and Crime Commissioner
			new Rule(Role.PCC, "commissioner", Pattern.compile("(?i)\\bpolice,?\\s+(?:fire\\s+)?(?:and|&)\\s+crime\\s+commissioner\\b|^commissioner$")));

	// matches: "ACC" in "ACC Local Policing"   "DCC" in "DCC (Crime)"   (a code heading a portfolio)
	private static final Pattern LEADING_CODE = Pattern.compile("(PCC|PFCC|DPCC|DPFCC|CC|DCC|ACC|CEx|CEX)\\b");

	// matches: ", OPCC"  " (OPCC)"  ", Office of the PCC"   (the office an OTHER title belongs to, kept off the title)
	private static final Pattern ORGANISATION = Pattern.compile("(?i)\\s*(?:,\\s*|\\()(?:the\\s+)?(?:OP(?:F)?CC|office\\s+of\\s+the\\s+.*)\\)?\\s*$");

	// matches: " and the PCC"  " & ACC"  " / DCC"   (a title joined to another owner is not one title)
	private static final Pattern JOINED = Pattern.compile("\\s*(?:and|&|/)\\s");

	// matches: "(" and ")" in "(Chair)"
	private static final Pattern BRACKET = Pattern.compile("[()]");

	// matches: "the " in "the Deputy Chief Constable"
	public static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

	/** "Deputy Police, Fire and Crime Commissioner" is the longest title a role has. */
	private static final int MAX_TITLE_WORDS = 7;

	private RoleClassifier() {
	}

	public static RoleRef classify(String written) {
		// the patterns that need a bracket, slash or comma are run only on a title that has one
		String title = written.strip();
		title = (title.indexOf('(') >= 0 ? ATTENDANCE_NOTE.matcher(title).replaceAll("") : title).strip();
		if (title.isEmpty()) {
			// "(Chair)" alone: the mark is the only title there is
			title = BRACKET.matcher(written.strip()).replaceAll("").strip();
		}
		boolean bracketed = title.indexOf('(') >= 0;
		// the title without an acting prefix: shorter when it had one
		String bare = Prefixes.remove(ACTING, ACTING_STARTS, title);
		boolean temporary = bare.length() < title.length()
				|| (bracketed || title.indexOf('/') >= 0) && ACTING_ANYWHERE.matcher(title).find();
		Role fromCode = null;
		if (bracketed) {
			Matcher code = CODE_IN_BRACKETS.matcher(title);
			while (code.find()) {
				fromCode = codeRole(code.group(1));
			}
		}
		if (fromCode != null) {
			return new RoleRef(fromCode, temporary, title);
		}
		if (isCode(bare)) {
			return new RoleRef(codeRole(bare), temporary, title);
		}
		String lower = bare.toLowerCase(Locale.ROOT);
		for (Rule rule : RULES) {
			if (rule.foundIn(bare, lower)) {
				return new RoleRef(rule.role(), temporary, title);
			}
		}
		Matcher leadingCode = LEADING_CODE.matcher(bare);
		if (leadingCode.lookingAt()) {
			return new RoleRef(codeRole(leadingCode.group(1)), temporary, title);
		}
		boolean mayNameOffice = title.indexOf(',') >= 0 || bracketed;
		return new RoleRef(Role.OTHER, temporary, mayNameOffice ? ORGANISATION.matcher(title).replaceFirst("") : title);
	}

	/**
	 * The role of a text that is nothing but a title ("Chief Executive", "the Deputy Chief Constable"), not a
	 * sentence that mentions one.
	 */
	public static Optional<RoleRef> titleOnly(String text) {
		String withoutThe = Prefixes.remove(LEADING_THE, "Tt", text.strip());
		String bare = Prefixes.remove(ACTING, ACTING_STARTS, withoutThe);
		if (Spaces.splitLength(bare) > MAX_TITLE_WORDS) {
			return Optional.empty();
		}
		String lower = bare.toLowerCase(Locale.ROOT);
		for (Rule rule : RULES) {
			if (!lower.contains(rule.word())) {
				continue;
			}
			Matcher m = rule.title().matcher(bare);
			if (m.lookingAt() && !JOINED.matcher(bare.substring(m.end())).lookingAt()) {
				return Optional.of(new RoleRef(rule.role(), !bare.equals(withoutThe), text.strip()));
			}
		}
		return Optional.empty();
	}

	/** True when the text is a bare code ("DCC", "CEx"); codes have two to five letters, and other words no pattern. */
	public static boolean isCode(String text) {
		return text.length() >= 2 && text.length() <= 5 && CODE.matcher(text).matches();
	}

	private static boolean anyRuleFoundIn(String text, String lower) {
		for (Rule rule : RULES) {
			if (rule.foundIn(text, lower)) {
				return true;
			}
		}
		return false;
	}

	/** The role a code names ("CEx", "PFCC", "CEO"), or null. */
	public static Role codeRole(String code) {
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
	public static boolean isTitle(String text) {
		String bare = Prefixes.remove(ACTING, ACTING_STARTS, text.strip());
		String lower = bare.toLowerCase(Locale.ROOT);
		return bare.indexOf('(') >= 0 && CODE_IN_BRACKETS.matcher(bare).find() || isCode(bare)
				|| anyRuleFoundIn(bare, lower) || OtherTitles.startsWithTitle(bare);
	}

}
