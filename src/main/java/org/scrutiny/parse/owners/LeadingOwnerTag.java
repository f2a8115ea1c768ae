package org.scrutiny.parse.owners;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.RoleRef;

/**
 * Owners in square brackets before an action: "[NM] Create a discussion document for online events.", "[ML, NM]
 * Investigate transitioning rse-aunz.org to https.", "[All] Contribute to the posts." Each is resolved through the
 * attendance list, else kept as written; "[TBA]" names no one.
 */
public final class LeadingOwnerTag {

	// matches: "[NM] "   "[ML, NM] "   "[HP, NL] "   "[All] "   "[TBA] "   (initials or short names, joined by , & /)
	// (not "[ ] " or "[x] ", a checkbox; not "[DN: Pete to take forward?]", a note)
	private static final Pattern TAG = Pattern.compile("^\\[\\s*([A-Z][A-Za-z]{0,11}(?:\\s*(?:,|&|/|\\band\\b)\\s*[A-Z][A-Za-z]{0,11}){0,5})\\s*\\]\\s+(?=\\S)");

	// matches: ", "  " & "  "/"  " and "   (between the owners in one tag)
	private static final Pattern JOINT = Pattern.compile("\\s*(?:,|&|/|\\band\\b)\\s*");

	// matches: TBA   TBC   TBD   (an owner still to be named)
	private static final Pattern TO_BE_NAMED = Pattern.compile("TB[ACD]");

	private final OwnerColumnResolver owners;

	public LeadingOwnerTag(OwnerColumnResolver owners) {
		this.owners = owners;
	}

	/** The action without its leading owner tag ("[NL] Follow up ..." is "Follow up ..."). */
	public static String without(String text) {
		return text.startsWith("[") ? TAG.matcher(text).replaceFirst("") : text;
	}

	/** The owners in the action's leading tag as written ("ML", "NM" from "[ML, NM] Investigate ..."); empty without one. */
	public static List<String> written(String text) {
		Matcher tag = text.startsWith("[") ? TAG.matcher(text) : null;
		return tag != null && tag.find() ? List.of(JOINT.split(tag.group(1).strip())) : List.of();
	}

	/** The owners the action's leading tag names; empty without such a tag or where it names no one. */
	public List<RoleRef> find(String text) {
		if (text.isEmpty() || text.charAt(0) != '[') {
			return List.of();
		}
		Matcher tag = TAG.matcher(text);
		if (!tag.find()) {
			return List.of();
		}
		List<RoleRef> out = new ArrayList<>();
		for (String token : JOINT.split(tag.group(1).strip())) {
			if (TO_BE_NAMED.matcher(token).matches()) {
				return List.of();
			}
			Optional<RoleRef> owner = owners.single(token).or(() -> WrittenOwner.of(token));
			owner.filter(o -> !out.contains(o)).ifPresent(out::add);
		}
		return out;
	}

}
