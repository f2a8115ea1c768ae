package org.scrutiny.analyse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.RoleRef;

/**
 * Whether a paragraph names one of an action's owners, as minutes name people: initials ("TS"), first name or surname
 * ("Trevor", "Smith"), or the title ("Clerk", "Chair"). Who a report written as prose names, first of all, is most
 * often its action's owner ("TS confirmed he had contacted the dog warden at SBC"): one signal of {@link ProseLink}.
 */
final class OwnerMention {

	// matches: " " "-" "'" between the parts of "Nooriyah Poonawala-Lohani"   (where a name's words part)
	private static final Pattern NAME_PARTS = Pattern.compile("[\\s-]+");

	// matches: "TF confirmed" "Cllr JA advised" "The Chair had" "Matter: Our Chair reported"   (a paragraph's first
	// three words, after the lettered matter it may begin with)
	private static final Pattern OPENING = Pattern.compile("(?:[^:]{1,100}:\\s+)?(?:\\S+\\s+){0,2}\\S+");

	/** Names shorter than this are too often parts of other words to be looked for. */
	private static final int MIN_NAME = 3;

	/** Each way of naming an owner, compiled once for every paragraph it is looked for in. */
	private final List<Pattern> names;

	/** The ways the owners are named, looked for in every report on their action. */
	OwnerMention(List<RoleRef> owners) {
		this.names = owners.stream().flatMap(o -> ways(o).stream()).map(OwnerMention::word).toList();
	}

	/** True when the paragraph names one of the owners anywhere. */
	boolean in(String paragraph) {
		return names.stream().anyMatch(name -> name.matcher(paragraph).find());
	}

	/**
	 * True when an owner is who the paragraph is about: named in its first words ("TF confirmed he had spoken to Graham
	 * Dolan", "Cllr JA advised", "The Chair had not yet had the opportunity"), not only somewhere in it ("... email
	 * addresses for the Chair, Vice Chair, Secretary, and Treasurer").
	 */
	boolean subjectOf(String paragraph) {
		Matcher opening = OPENING.matcher(paragraph);
		return opening.lookingAt() && in(opening.group());
	}

	/** The owners' names as {@link TextSimilarity#contentStems} has them: a name in common says who, not what. */
	static Set<String> stems(List<RoleRef> owners) {
		Set<String> stems = new HashSet<>();
		owners.forEach(o -> ways(o).forEach(way -> stems.addAll(TextSimilarity.contentStems(way))));
		return stems;
	}

	/** The words that name the owner: the person's initials and names, the title as written. */
	private static List<String> ways(RoleRef owner) {
		List<String> ways = new ArrayList<>();
		if (!owner.person().isEmpty()) {
			StringBuilder initials = new StringBuilder();
			for (String part : NAME_PARTS.split(owner.person().strip())) {
				if (part.length() >= MIN_NAME) {
					ways.add(part);
				}
				if (!part.isEmpty()) {
					initials.append(Character.toUpperCase(part.charAt(0)));
				}
			}
			if (initials.length() >= 2) {
				ways.add(initials.toString());
			}
		}
		if (owner.title().length() >= 2) {
			ways.add(owner.title());
		}
		return ways;
	}

	private static Pattern word(String way) {
		// initials as written (upper case), names and titles in any case
		int flags = way.equals(way.toUpperCase()) && way.length() <= 4 ? 0 : Pattern.CASE_INSENSITIVE;
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(way) + "(?![\\p{L}\\p{N}])", flags);
	}

}
