package org.scrutiny.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scrutiny.model.Role;

/**
 * How people and roles appear in a report. The board sees names and role codes. The public sees chief officers
 * ({@link Role#isChiefOfficer()}) by name and everyone else by role title, and every free text (actions, updates,
 * chairs) has the names of staff below chief officer rank replaced by their role.
 */
final class PeopleNames {

	/** Splits an owners cell: "ACC;DPCC". */
	private static final Pattern OWNER_SEPARATOR = Pattern.compile(";");

	/** An acting holder's prefix in an owner code: "T/DCC". */
	private static final String ACTING_PREFIX = "T/";

	private static final Map<Role, String> TITLES = new EnumMap<>(Map.of(Role.PCC, "Police and Crime Commissioner",
			Role.DPCC, "Deputy Police and Crime Commissioner", Role.CC, "Chief Constable", Role.DCC,
			"Deputy Chief Constable", Role.ACC, "Assistant Chief Constable", Role.CEX, "Chief Executive", Role.SPM,
			"Senior Policy Manager", Role.PO, "Policy Officer", Role.SO, "Staff Officer"));

	/** The title a canonical role code stands for ("DCC": "Deputy Chief Constable"), if it is one. */
	static Optional<String> titleOf(String code) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(code)).findFirst().map(TITLES::get);
	}

	private final Audience audience;

	/** Names to replace in public text, longest first, each with the role that stands in for it. */
	private final List<Map.Entry<Pattern, String>> redactions = new ArrayList<>();

	PeopleNames(Audience audience, List<ReportQueries.StoredAttendee> staffBelowChiefOfficer) {
		this.audience = audience;
		if (audience == Audience.PUBLIC) {
			// a member of another body listed with no title has none to stand in for their name ("the Other" would
			// say nothing), and is named in the published minutes as in the owners column
			staffBelowChiefOfficer.stream()
				.filter(a -> a.role() != Role.OTHER || (a.roleTitle() != null && !a.roleTitle().isBlank()))
				.sorted(Comparator.comparingInt((ReportQueries.StoredAttendee a) -> a.name().length()).reversed())
				.forEach(a -> redactions.add(Map.entry(Pattern.compile("\\b" + Pattern.quote(a.name()) + "\\b",
						Pattern.CASE_INSENSITIVE), "the " + title(a.role(), a.roleTitle()))));
		}
	}

	// matches: ", OPCC" in "Policy Officer, OPCC" and " (PO)" in "Policy Assistant (PO)"   (what follows a title's words)
	private static final Pattern AFTER_TITLE = Pattern.compile("\\s*[,(].*$");

	// matches: "Policy Assistant"   "Senior Policy Manager"   (a title in words, not a code such as "PO")
	private static final Pattern IN_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{L}+)+");

	/**
	 * The full title of a role: for staff below chief officer, the title the notes give in words ("Policy Assistant
	 * (PO)" is a Policy Assistant, not a Policy Officer), else the canonical one; for another body's member, the title
	 * as written.
	 */
	static String title(Role role, String written) {
		String words = written == null ? "" : AFTER_TITLE.matcher(written.strip()).replaceFirst("");
		if (role != Role.OTHER && !role.isChiefOfficer() && IN_WORDS.matcher(words).matches()) {
			return words;
		}
		return TITLES.getOrDefault(role, written == null || written.isBlank() ? "Other" : written);
	}

	/** An attendee as the audience may see them. */
	String attendee(ReportQueries.StoredAttendee a) {
		String title = (a.temporary() ? "Acting " : "") + title(a.role(), a.roleTitle());
		if (audience == Audience.BOARD) {
			String role = a.role() == Role.OTHER ? a.roleTitle() : (a.temporary() ? ACTING_PREFIX : "") + a.role();
			// a person listed with no title is their name alone, not "Fletcher Boyd ()"
			return role == null || role.isBlank() ? a.name() : a.name() + " (" + role + ")";
		}
		if (a.role() == Role.OTHER && (a.roleTitle() == null || a.roleTitle().isBlank())) {
			// as in the free text: no title to stand in for the name ("Other, Other, Other" says nothing)
			return a.name();
		}
		return a.role().isChiefOfficer() ? a.name() + ", " + title : title;
	}

	/** An owners cell ("ACC;DPCC"): codes for the board, titles for the public; empty when no owner was found. */
	String owners(String codes) {
		if (codes == null || codes.isBlank()) {
			return "Not known";
		}
		return OWNER_SEPARATOR.splitAsStream(codes).map(this::owner).collect(Collectors.joining(", "));
	}

	private String owner(String code) {
		if (audience == Audience.BOARD) {
			return code;
		}
		boolean acting = code.startsWith(ACTING_PREFIX);
		String bare = acting ? code.substring(ACTING_PREFIX.length()) : code;
		String title = TITLES.entrySet().stream().filter(e -> e.getKey().name().equals(bare)).map(Map.Entry::getValue)
			.findFirst().orElse(bare);
		return (acting ? "Acting " : "") + title;
	}

	/** Free text as the audience may see it: for the public, junior staff's names replaced by their role. */
	String text(String text) {
		if (text == null) {
			return "";
		}
		String result = text;
		for (Map.Entry<Pattern, String> redaction : redactions) {
			result = redaction.getKey().matcher(result).replaceAll(Matcher.quoteReplacement(redaction.getValue()));
		}
		return result;
	}

}
