package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.RoleRef;

/**
 * Reads the owner column of an action table, which often comes loose from its rows: {@code 1.ACC 2.ACC 3.DPC} +
 * {@code C/ACC} is three owners by number, the last two roles; {@code CC DCC DCC} is one owner per action in order;
 * {@code DPCC 2.CEx} numbers all but the first.
 */
final class OwnerColumnResolver {

	// matches: "1." in 1.ACC   "2." in 2.ACC/ DPCC   (an owner numbered for the action it belongs to)
	private static final Pattern NUMBER = Pattern.compile("(?:^|(?<=\\s))(\\d{1,2})\\.\\s*");

	// matches: " / "  "&"  ","  " and "   (separators between joint owners of one action)
	private static final Pattern JOINT = Pattern.compile("\\s*(?:" + OwnerColumnResolver.SLASH + "|&|,|\\band\\b)\\s*");

	/** A slash between owners, not the one in an acting prefix: "DCC/ACC" is two owners, "T/DCC" and "A/CC" one. */
	static final String SLASH = "(?<!\\b[TA])/";

	// matches: ACC Local Policing   DCC Harris   ACC Crime and Justice   (a code, then a portfolio or a name)
	// (no word of the portfolio may itself be a code: "CC DCC" is two owners)
	private static final String NOT_A_CODE = "(?!(?:[TA]/)?(?:PCC|PFCC|DPCC|CC|DCC|ACC|CEx|CEX|CEO|SPM|PO|SO)\\b)";

	private static final Pattern CODE_AND_PORTFOLIO = Pattern.compile("((?:[TA]/)?(?:PCC|DPCC|CC|DCC|ACC|CEx|CEX))"
			+ "\\s+" + NOT_A_CODE + "[A-Z][\\w'-]*(?:\\s+(?:and|&|of|for|" + NOT_A_CODE + "[A-Z][\\w'-]*)){0,4}");

	/** The longest line that can be nothing but an owner column. */
	private static final int MAX_COLUMN = 80;

	// matches: "." in CEx.   ")" in (DCC)   (a bracket or stop after one owner)
	private static final Pattern TRAILING_STOP = Pattern.compile("[)\\].,;:]$");

	// matches: "T/" in T/DCC   "A/" in A/CC   (an acting prefix)
	static final Pattern ACTING_SLASH = Pattern.compile("(?i)^[TA]/");

	// matches: the spaces in "CC DCC  DCC"
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	// matches: "/" in DCC/ACC, not in T/DCC   (see SLASH)
	private static final Pattern SLASH_PATTERN = Pattern.compile(SLASH);

	/** Owners for one action: by its number in the list (1-based), or in turn when the column is not numbered. */
	record Assignment(int ordinal, List<RoleRef> owners, List<String> unresolved) {
	}

	private final PeopleIndex people;

	/**
	 * Each token's owner, once worked out: the same words are asked about on every line of a meeting's agenda. Per
	 * meeting, as the people index is.
	 */
	private final Map<String, Optional<RoleRef>> singles = new HashMap<>();

	OwnerColumnResolver(PeopleIndex people) {
		this.people = people;
	}

	/** True when every word of the text reads as an owner: a line that is nothing but an owner column. */
	boolean isOwnerColumn(String text) {
		if (text.isBlank() || !hasOnlyOwnerCharacters(text)) {
			return false;
		}
		OwnersOnly check = new OwnersOnly();
		read(text, check);
		return check.named && !check.unnamed;
	}

	/**
	 * True for 1 to 80 characters that an owner column may hold ("1.ACC 2.ACC 3.DPC", "T/DCC, Head of Finance"):
	 * letters, digits, "_", white space (\\s) and {@code /&,.'-}. A loop rather than a pattern, as it runs on every line.
	 */
	private static boolean hasOnlyOwnerCharacters(String text) {
		if (text.isEmpty() || text.length() > MAX_COLUMN) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
					|| c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || "/&,.'-".indexOf(c) >= 0;
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	/** The text split at joint separators; without any separator's character it is one part, spared the scan. */
	private static String[] jointParts(String text) {
		return mayHoldJoint(text) ? JOINT.split(text) : new String[] { text };
	}

	/** False when {@link #JOINT} cannot match: no "/", "&", "," or "and". */
	private static boolean mayHoldJoint(String text) {
		return text.indexOf('/') >= 0 || text.indexOf('&') >= 0 || text.indexOf(',') >= 0 || text.contains("and");
	}

	/** The text split at the slashes between owners; without a slash it is one part. */
	private static String[] slashParts(String text) {
		return text.indexOf('/') >= 0 ? SLASH_PATTERN.split(text) : new String[] { text };
	}

	List<Assignment> resolve(String column) {
		Assignments assignments = new Assignments();
		read(column, assignments);
		return assignments.list;
	}

	/**
	 * What reading a column hands on, in order: each action's number, then its owner tokens. Reading stops when a
	 * token is refused.
	 */
	private interface Reader {

		void begin(int ordinal);

		boolean token(String token);

		void end();

	}

	/** Collects the assignments. */
	private final class Assignments implements Reader {

		private final List<Assignment> list = new ArrayList<>();

		private int ordinal;

		private List<String> tokens;

		@Override
		public void begin(int ordinal) {
			this.ordinal = ordinal;
			this.tokens = new ArrayList<>();
		}

		@Override
		public boolean token(String token) {
			tokens.add(token);
			return true;
		}

		@Override
		public void end() {
			list.add(assignment(ordinal, tokens));
		}

	}

	/**
	 * Whether the column names someone and nobody unknown. Stops at the first token that names nobody, so that a line
	 * of prose, which most lines asked about are, is given up at its first word instead of read to the end.
	 */
	private final class OwnersOnly implements Reader {

		private boolean named;

		private boolean unnamed;

		@Override
		public void begin(int ordinal) {
		}

		@Override
		public boolean token(String token) {
			if (token.isBlank()) {
				return true;
			}
			if (single(token).isPresent()) {
				named = true;
				return true;
			}
			unnamed = true;
			return false;
		}

		@Override
		public void end() {
		}

	}

	private void read(String column, Reader reader) {
		String text = column.strip();
		Map<Integer, String> numbered = new LinkedHashMap<>();
		Matcher m = NUMBER.matcher(text);
		int start = 0;
		Integer current = null;
		// a number needs a digit: most lines have none and are spared the scan
		boolean mayBeNumbered = hasDigit(text);
		while (mayBeNumbered && m.find()) {
			String before = text.substring(start, m.start()).strip();
			if (current != null || !before.isEmpty()) {
				numbered.merge(current == null ? 1 : current, before, (a, b) -> a + " " + b);
			}
			current = Integer.parseInt(m.group(1));
			start = m.end();
		}
		if (current == null) {
			inTurn(text, reader);
			return;
		}
		numbered.merge(current, text.substring(start).strip(), (a, b) -> a + " " + b);
		for (Map.Entry<Integer, String> owners : numbered.entrySet()) {
			reader.begin(owners.getKey());
			if (!tokens(owners.getValue(), reader)) {
				return;
			}
			reader.end();
		}
	}

	/** A table's owner cell: people and titles are read whole ("Sarah Jones / Head of Finance"). */
	Assignment resolveCell(String cell) {
		List<String> parts = new ArrayList<>();
		for (String part : jointParts(cell.strip())) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		if (parts.stream().allMatch(p -> single(p).isPresent())) {
			return assignment(1, parts);
		}
		Assignments inTurn = new Assignments();
		inTurn(cell, inTurn);
		List<RoleRef> owners = new ArrayList<>();
		List<String> unresolved = new ArrayList<>();
		inTurn.list.forEach(a -> {
			a.owners().stream().filter(o -> !owners.contains(o)).forEach(owners::add);
			unresolved.addAll(a.unresolved());
		});
		return new Assignment(1, owners, unresolved);
	}

	/** An unnumbered column: each space-separated entry is the next action's owner ("CC DCC DCC"). */
	private void inTurn(String text, Reader reader) {
		if (single(text).isPresent()) {
			reader.begin(1);
			reader.token(text);
			reader.end();
			return;
		}
		int[] ordinal = { 0 };
		String joined = mayHoldJoint(text) ? JOINT.matcher(text).replaceAll("/") : text;
		mendSplitCodes(List.of(WHITE_SPACE.split(joined)), entry -> {
			reader.begin(++ordinal[0]);
			for (String token : slashParts(entry)) {
				if (!reader.token(token)) {
					return false;
				}
			}
			reader.end();
			return true;
		});
	}

	/** The owners of one numbered action as tokens: joint owners each whole where they name someone. */
	private boolean tokens(String owners, Reader reader) {
		for (String joint : jointParts(owners.strip())) {
			boolean more = single(joint).isPresent() || joint.isBlank() ? reader.token(joint.strip())
					: mendSplitCodes(List.of(WHITE_SPACE.split(joint.strip())), reader::token);
			if (!more) {
				return false;
			}
		}
		return true;
	}

	private Assignment assignment(int ordinal, List<String> tokens) {
		List<RoleRef> owners = new ArrayList<>();
		List<String> unresolved = new ArrayList<>();
		for (String token : tokens) {
			if (token.isBlank()) {
				continue;
			}
			Optional<RoleRef> role = single(token);
			if (role.isPresent()) {
				if (!owners.contains(role.get())) {
					owners.add(role.get());
				}
			}
			else {
				unresolved.add(token);
			}
		}
		return new Assignment(ordinal, owners, unresolved);
	}

	/**
	 * "DPC" then "C" is "DPCC": a code the PDF broke across two lines of its owner column. Gives the sink each entry
	 * once the next token cannot join it; false when the sink refused one.
	 */
	private boolean mendSplitCodes(List<String> tokens, Predicate<String> sink) {
		String entry = null;
		for (String token : tokens) {
			if (entry != null && splitCode(entry, token)) {
				entry = entry + token;
				continue;
			}
			if (entry != null && !sink.test(entry)) {
				return false;
			}
			entry = token;
		}
		return entry == null || sink.test(entry);
	}

	/** True when the entry ends with the first part of a code and the token starts with the rest of it. */
	private boolean splitCode(String entry, String token) {
		String[] lastParts = slashParts(entry);
		String lastPart = lastParts[lastParts.length - 1];
		String firstPart = slashParts(token)[0];
		return single(lastPart).isEmpty() && single(firstPart).isEmpty() && single(lastPart + firstPart).isPresent();
	}

	/** One owner: a role code ("CEx", "T/DCC"), a title ("Chief Executive") or a person in the attendance list. */
	Optional<RoleRef> single(String token) {
		Optional<RoleRef> known = singles.get(token);
		if (known == null) {
			known = readSingle(token);
			singles.put(token, known);
		}
		return known;
	}

	/** "(DCC)" is DCC and "CEx." CEx: one opening bracket off the start, one closing bracket or stop off the end. */
	private static String withoutBrackets(String token) {
		String t = token.startsWith("(") || token.startsWith("[") ? token.substring(1) : token;
		return hasAnyOf(t, ")].,;:") ? TRAILING_STOP.matcher(t).replaceAll("") : t;
	}

	/**
	 * False where {@link #CODE_AND_PORTFOLIO} cannot match: it starts with an acting prefix ("T/", "A/") or with one of
	 * its codes, whose first two letters are PC, DP, CC, DC, AC or CE.
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

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

	private static boolean hasAnyOf(String text, String characters) {
		for (int i = 0; i < characters.length(); i++) {
			if (text.indexOf(characters.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private Optional<RoleRef> readSingle(String token) {
		String t = withoutBrackets(token.strip());
		if (t.isEmpty()) {
			return Optional.empty();
		}
		String code = t.length() > 1 && t.charAt(1) == '/' ? Prefixes.remove(ACTING_SLASH, "TtAa", t) : t;
		if (RoleClassifier.isCode(code)) {
			return Optional.of(RoleClassifier.classify(t));
		}
		Optional<RoleRef> person = people.find(t);
		if (person.isPresent()) {
			return person;
		}
		if (startsLikePortfolio(t)) {
			Matcher portfolio = CODE_AND_PORTFOLIO.matcher(t);
			if (portfolio.matches()) {
				return Optional.of(RoleClassifier.classify(portfolio.group(1)));
			}
		}
		return RoleClassifier.titleOnly(t).or(() -> OtherTitles.titleOnly(t));
	}

}
