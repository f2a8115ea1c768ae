package org.scrutiny.parse.owners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.text.Spaces;

/**
 * Reads the owner column of an action table, which often comes loose from its rows: {@code 1.ACC 2.ACC 3.DPC} +
 * {@code C/ACC} is three owners by number, the last two roles; {@code CC DCC DCC} is one owner per action in order;
 * {@code DPCC 2.CEx} numbers all but the first.
 */
public final class OwnerColumnResolver {

	// matches: "1." in 1.ACC   "2." in 2.ACC/ DPCC   (an owner numbered for the action it belongs to)
	private static final Pattern NUMBER = Pattern.compile("(?:^|(?<=\\s))(\\d{1,2})\\.\\s*");

	// matches: " / "  "&"  ","  " and "   (separators between joint owners of one action)
	private static final Pattern JOINT = Pattern.compile("\\s*(?:" + OwnerColumnResolver.SLASH + "|&|,|\\band\\b)\\s*");

	/** A slash between owners, not the one in an acting prefix: "DCC/ACC" is two owners, "T/DCC" and "A/CC" one. */
	static final String SLASH = "(?<!\\b[TA])/";

	/** The longest line that can be nothing but an owner column. */
	private static final int MAX_COLUMN = 80;

	// matches: "/" in DCC/ACC, not in T/DCC   (see SLASH)
	private static final Pattern SLASH_PATTERN = Pattern.compile(SLASH);

	/** Owners for one action: by its number in the list (1-based), or in turn when the column is not numbered. */
	public record Assignment(int ordinal, List<RoleRef> owners, List<String> unresolved) {
	}

	private final OwnerLookup owners;

	public OwnerColumnResolver(PeopleIndex people) {
		this.owners = new OwnerLookup(people);
	}

	/** True when every word of the text reads as an owner: a line that is nothing but an owner column. */
	public boolean isOwnerColumn(String text) {
		if (text.isBlank() || !hasOnlyOwnerCharacters(text)) {
			return false;
		}
		Reading reading = new Reading(true);
		read(text, reading);
		return reading.named && !reading.unknown;
	}

	/**
	 * True for 1 to 80 characters that an owner column may hold ("1.ACC 2.ACC 3.DPC", "T/DCC, Head of Finance"):
	 * letters, digits, "_", white space (\s) and {@code /&,.'-}. A loop rather than a pattern, as it runs on every
	 * line.
	 */
	private static boolean hasOnlyOwnerCharacters(String text) {
		if (text.isEmpty() || text.length() > MAX_COLUMN) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
					|| "_ /&,.'-".indexOf(c) >= 0 || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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

	/** False when {@link #JOINT} cannot match: no "/", "&", "," or word "and". */
	private static boolean mayHoldJoint(String text) {
		return text.indexOf('/') >= 0 || text.indexOf('&') >= 0 || text.indexOf(',') >= 0 || hasWordAnd(text);
	}

	/** True when "and" stands in the text with no letter, digit or "_" of ASCII on either side of it. */
	private static boolean hasWordAnd(String text) {
		for (int i = text.indexOf("and"); i >= 0; i = text.indexOf("and", i + 1)) {
			boolean before = i > 0 && isAsciiWordCharacter(text.charAt(i - 1));
			boolean after = i + 3 < text.length() && isAsciiWordCharacter(text.charAt(i + 3));
			if (!before && !after) {
				return true;
			}
		}
		return false;
	}

	/** A character every \b counts as part of a word. */
	private static boolean isAsciiWordCharacter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	/** The text split at the slashes between owners; without a slash it is one part. */
	private static String[] slashParts(String text) {
		return text.indexOf('/') >= 0 ? SLASH_PATTERN.split(text) : new String[] { text };
	}

	public List<Assignment> resolve(String column) {
		Reading reading = new Reading(false);
		read(column, reading);
		return reading.assignments;
	}

	/**
	 * The assignments read from a column, action by action. Asked only whether the column names owners and nobody
	 * else, it stops at the first token that names nobody: a line of prose, as most lines asked about are, is given up
	 * at its first word instead of being read to the end.
	 */
	private final class Reading {

		private final boolean stopAtUnknown;

		private final List<Assignment> assignments = new ArrayList<>();

		private int ordinal;

		private List<String> tokens;

		private boolean named;

		private boolean unknown;

		Reading(boolean stopAtUnknown) {
			this.stopAtUnknown = stopAtUnknown;
		}

		void begin(int ordinal) {
			this.ordinal = ordinal;
			this.tokens = new ArrayList<>();
		}

		/** False when reading stops here. */
		boolean token(String token) {
			tokens.add(token);
			if (stopAtUnknown && !token.isBlank()) {
				if (single(token).isEmpty()) {
					unknown = true;
					return false;
				}
				named = true;
			}
			return true;
		}

		void end() {
			if (!stopAtUnknown) {
				assignments.add(assignment(ordinal, tokens));
			}
		}

	}

	private void read(String column, Reading reader) {
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
	public Assignment resolveCell(String cell) {
		List<String> parts = new ArrayList<>();
		for (String part : jointParts(cell.strip())) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		if (parts.stream().allMatch(p -> single(p).isPresent())) {
			return assignment(1, parts);
		}
		Reading inTurn = new Reading(false);
		inTurn(cell, inTurn);
		List<RoleRef> owners = new ArrayList<>();
		List<String> unresolved = new ArrayList<>();
		inTurn.assignments.forEach(a -> {
			a.owners().stream().filter(o -> !owners.contains(o)).forEach(owners::add);
			unresolved.addAll(a.unresolved());
		});
		if (!unresolved.isEmpty()) {
			// "[new for Helen Jeffrey]", "[new for members]": a cell's owners that nobody listed stay as written (and
			// are still reported as unresolved)
			List<RoleRef> written = new ArrayList<>();
			List<String> unlisted = new ArrayList<>();
			for (String part : parts) {
				if (single(part).isPresent()) {
					single(part).filter(o -> !written.contains(o)).ifPresent(written::add);
				}
				else {
					Optional<RoleRef> asWritten = WrittenOwner.inCell(part);
					if (asWritten.isEmpty()) {
						return new Assignment(1, owners, unresolved);
					}
					written.add(asWritten.get());
					// reported as written: "Helen Jeffrey", not "Helen" and "Jeffrey"
					unlisted.add(part);
				}
			}
			return new Assignment(1, written, unlisted);
		}
		return new Assignment(1, owners, unresolved);
	}

	/** An unnumbered column: each space-separated entry is the next action's owner ("CC DCC DCC"). */
	private void inTurn(String text, Reading reader) {
		if (single(text).isPresent()) {
			reader.begin(1);
			reader.token(text);
			reader.end();
			return;
		}
		int[] ordinal = { 0 };
		String joined = mayHoldJoint(text) ? JOINT.matcher(text).replaceAll("/") : text;
		mendSplitCodes(List.of(Spaces.split(joined)), entry -> {
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
	private boolean tokens(String owners, Reading reader) {
		for (String joint : jointParts(owners.strip())) {
			boolean more = single(joint).isPresent() || joint.isBlank() ? reader.token(joint.strip())
					: mendSplitCodes(List.of(Spaces.split(joint.strip())), reader::token);
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
	public Optional<RoleRef> single(String token) {
		return owners.find(token);
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

}
