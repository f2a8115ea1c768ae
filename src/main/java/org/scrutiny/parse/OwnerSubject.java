package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.RoleRef;

/**
 * The owner an action's own words name, used where no owner column says otherwise: "The ACC to provide...",
 * "DPCC and ACC to work with...", "Within two weeks the CC to provide...", "The DCC will provide...".
 * "PCC to be given a debrief" names who benefits, not who acts, so a passive verb names no owner.
 */
final class OwnerSubject {

	// matches: "the DCC" in "the DCC to clarify"   "DPCC and ACC" in "DPCC and ACC to work"   "Jane Smith" in "Jane Smith will"
	private static final Pattern SUBJECT = Pattern.compile("(?:^|\\b(?:the|The)\\s+)"
			+ "((?:T/|A/)?[A-Z][A-Za-z]{1,5}(?:\\s+[A-Z][A-Za-z'-]+){0,2}"
			+ "(?:\\s*(?:and|&|/)\\s*(?:the\\s+)?(?:T/|A/)?[A-Z][A-Za-z]{1,5}(?:\\s+[A-Z][A-Za-z'-]+){0,2})*)"
			+ "\\s+(?:to|will|is\\s+to|are\\s+to|should|must|agreed\\s+to)\\s+(?!be\\s+(?:given|provided|sent|shown|briefed|"
			+ "updated|informed|offered|invited|made|copied))");

	// matches: "asked the CC to" in "The PCC asked the CC to confirm the rationale"
	private static final Pattern ASKED = Pattern.compile("\\basked\\s+(?:the\\s+)?((?:T/|A/)?[A-Z][A-Za-z]{1,5})\\s+(?:to|for|if|whether)\\b");

	private final OwnerColumnResolver owners;

	OwnerSubject(OwnerColumnResolver owners) {
		this.owners = owners;
	}

	/** The roles the action's subject names, in order; empty when the subject is not a known role or person. */
	List<RoleRef> find(String text) {
		Matcher m = SUBJECT.matcher(text);
		while (m.find()) {
			if (m.start() > 60) {
				break;
			}
			List<RoleRef> found = resolve(m.group(1));
			if (!found.isEmpty()) {
				return found;
			}
		}
		return List.of();
	}

	/** Who the chair asked to act, in an update ("The PCC asked the CC to confirm..."). */
	List<RoleRef> asked(String text) {
		Matcher m = ASKED.matcher(text);
		return m.find() ? owners.single(m.group(1)).map(List::of).orElse(List.of()) : List.of();
	}

	private List<RoleRef> resolve(String subject) {
		List<RoleRef> out = new ArrayList<>();
		for (String part : subject.replaceFirst("^(?i:the)\\s+", "").split("\\s*(?:\\band\\b|&|/)\\s*(?:the\\s+)?")) {
			Optional<RoleRef> role = owners.single(part);
			if (role.isEmpty()) {
				return List.of();
			}
			if (!out.contains(role.get())) {
				out.add(role.get());
			}
		}
		return out;
	}

}
