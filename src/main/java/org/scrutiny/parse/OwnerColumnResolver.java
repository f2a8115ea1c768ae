package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	/** Owners for one action: by its number in the list (1-based), or in turn when the column is not numbered. */
	record Assignment(int ordinal, List<RoleRef> owners, List<String> unresolved) {
	}

	private final PeopleIndex people;

	OwnerColumnResolver(PeopleIndex people) {
		this.people = people;
	}

	/** True when every word of the text reads as an owner: a line that is nothing but an owner column. */
	boolean isOwnerColumn(String text) {
		if (text.isBlank() || !text.matches("[\\w/&,.\\s'-]{1,80}")) {
			return false;
		}
		List<Assignment> assignments = resolve(text);
		return assignments.stream().anyMatch(a -> !a.owners().isEmpty())
				&& assignments.stream().allMatch(a -> a.unresolved().isEmpty());
	}

	List<Assignment> resolve(String column) {
		String text = column.strip();
		Map<Integer, String> numbered = new LinkedHashMap<>();
		Matcher m = NUMBER.matcher(text);
		int start = 0;
		Integer current = null;
		while (m.find()) {
			String before = text.substring(start, m.start()).strip();
			if (current != null || !before.isEmpty()) {
				numbered.merge(current == null ? 1 : current, before, (a, b) -> a + " " + b);
			}
			current = Integer.parseInt(m.group(1));
			start = m.end();
		}
		if (current == null) {
			return inTurn(text);
		}
		numbered.merge(current, text.substring(start).strip(), (a, b) -> a + " " + b);
		List<Assignment> out = new ArrayList<>();
		numbered.forEach((ordinal, owners) -> out.add(assignment(ordinal, tokens(owners))));
		return out;
	}

	/** A table's owner cell: people and titles are read whole ("Sarah Jones / Head of Finance"). */
	Assignment resolveCell(String cell) {
		List<String> parts = new ArrayList<>();
		for (String part : JOINT.split(cell.strip())) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		if (parts.stream().allMatch(p -> single(p).isPresent())) {
			return assignment(1, parts);
		}
		List<Assignment> inTurn = inTurn(cell);
		List<RoleRef> owners = new ArrayList<>();
		List<String> unresolved = new ArrayList<>();
		inTurn.forEach(a -> {
			a.owners().stream().filter(o -> !owners.contains(o)).forEach(owners::add);
			unresolved.addAll(a.unresolved());
		});
		return new Assignment(1, owners, unresolved);
	}

	/** An unnumbered column: each space-separated entry is the next action's owner ("CC DCC DCC"). */
	private List<Assignment> inTurn(String text) {
		Optional<RoleRef> whole = single(text);
		if (whole.isPresent()) {
			return List.of(new Assignment(1, List.of(whole.get()), List.of()));
		}
		List<Assignment> out = new ArrayList<>();
		for (String entry : mendSplitCodes(List.of(JOINT.matcher(text).replaceAll("/").split("\\s+")))) {
			out.add(assignment(out.size() + 1, List.of(entry.split(SLASH))));
		}
		return out;
	}

	private List<String> tokens(String owners) {
		List<String> tokens = new ArrayList<>();
		for (String joint : JOINT.split(owners.strip())) {
			Optional<RoleRef> whole = single(joint);
			if (whole.isPresent() || joint.isBlank()) {
				tokens.add(joint.strip());
			}
			else {
				tokens.addAll(mendSplitCodes(List.of(joint.strip().split("\\s+"))));
			}
		}
		return tokens;
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

	/** "DPC" then "C" is "DPCC": a code the PDF broke across two lines of its owner column. */
	private List<String> mendSplitCodes(List<String> tokens) {
		List<String> out = new ArrayList<>();
		for (String token : tokens) {
			if (!out.isEmpty()) {
				String last = out.get(out.size() - 1);
				String[] lastParts = last.split(SLASH);
				String lastPart = lastParts[lastParts.length - 1];
				String firstPart = token.split(SLASH)[0];
				if (single(lastPart).isEmpty() && single(firstPart).isEmpty() && single(lastPart + firstPart).isPresent()) {
					out.set(out.size() - 1, last + token);
					continue;
				}
			}
			out.add(token);
		}
		return out;
	}

	/** One owner: a role code ("CEx", "T/DCC"), a title ("Chief Executive") or a person in the attendance list. */
	Optional<RoleRef> single(String token) {
		String t = token.strip().replaceAll("^[(\\[]|[)\\].,;:]$", "");
		if (t.isEmpty()) {
			return Optional.empty();
		}
		if (RoleClassifier.CODE.matcher(t.replaceFirst("(?i)^[TA]/", "")).matches()) {
			return Optional.of(RoleClassifier.classify(t));
		}
		Optional<RoleRef> person = people.find(t);
		if (person.isPresent()) {
			return person;
		}
		Matcher portfolio = CODE_AND_PORTFOLIO.matcher(t);
		if (portfolio.matches()) {
			return Optional.of(RoleClassifier.classify(portfolio.group(1)));
		}
		return RoleClassifier.titleOnly(t).or(() -> OtherTitles.titleOnly(t));
	}

}
