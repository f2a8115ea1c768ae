package org.scrutiny.parse.owners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.text.Keyword;
import org.scrutiny.parse.text.Prefixes;
import org.scrutiny.parse.text.Spaces;

/**
 * The owner an action's own words name, used where no owner column says otherwise: "The ACC to provide...",
 * "DPCC and ACC to work with...", "Within two weeks the CC to provide...", "DCC Smith will circulate...",
 * "Head of Finance to report...". The subject is what stands before the first verb of obligation, read from its
 * end: the longest tail of it that names a role, a person in the attendance list or a title.
 * <p>
 * "PCC to be given a debrief" names who benefits, not who acts: a passive verb names no owner.
 */
public final class OwnerSubject {

	// matches: " to provide"  " will circulate"  " is to review"  " should ensure"   (not " to be given", " will be shared")
	// matches: " would attend" in "AM would attend on our behalf"   " would talk" in "It was agreed Chris and William would talk"
	private static final Pattern OBLIGATION = Pattern.compile("\\s+(?:to|will|would|is\\s+to|are\\s+to|should|must|shall|agreed\\s+to)\\s+"
			+ "(?!be\\s+(?:\\w+(?:ed|en|wn)|made|sent|set|put|kept|held)\\b)(?=[a-z])");

	// matches: "asked the CC to" in "The PCC asked the CC to confirm the rationale"
	private static final Pattern ASKED = Pattern.compile("\\basked\\s+(?:the\\s+)?((?:T/|A/)?[A-Z][A-Za-z]{1,5})\\s+(?:to|for|if|whether)\\b");

	// matches: " and "  " & "  " / "  ", "   (between joint owners: "DPCC and ACC",
	// "Rebecca Bradfield, Iain Bell, Emer Coleman and Will Perrin to meet")
	private static final Pattern JOINT = Pattern.compile("\\s*(?:\\band\\b|&|,|" + OwnerColumnResolver.SLASH + ")\\s*(?:the\\s+)?");

	// matches: "Secretariat" in "Secretariat to contact Rightmove"   "Janet and Steve" in "Janet and Steve to draft"
	// (the whole of the words before the verb, at most this many of them, may name owners as written)
	private static final int MAX_WRITTEN_WORDS = 6;

	// matches: "The " in "The ACC"
	private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

	/** In every request: most updates are spared the pattern. */
	private static final Keyword ASKED_WORD = Keyword.of("asked");

	// matches: "November." in "Date is Sunday 23rd November. Penny and Renae will take lead"   (a sentence's last word)
	private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?]$");

	/** A subject longer than this is a clause, not a name. */
	private static final int MAX_SUBJECT_WORDS = 8;

	/** A list of owners may be longer: four people of two names each, and the words between them. */
	private static final int MAX_LIST_WORDS = 12;

	private final OwnerColumnResolver owners;

	public OwnerSubject(OwnerColumnResolver owners) {
		this.owners = owners;
	}

	/** The roles the action's subject names, in order; empty when it names no known role or person. */
	public List<RoleRef> find(String text) {
		Matcher verb = OBLIGATION.matcher(text);
		if (!verb.find()) {
			return List.of();
		}
		String[] words = Spaces.split(text.substring(0, verb.start()).strip());
		boolean mayBeList = mayBeJoint(String.join(" ", words));
		if (words.length > (mayBeList ? MAX_LIST_WORDS : MAX_SUBJECT_WORDS)) {
			return List.of();
		}
		for (int from = 0; from < words.length; from++) {
			String tail = String.join(" ", Arrays.copyOfRange(words, from, words.length));
			tail = Prefixes.remove(LEADING_THE, "Tt", tail);
			List<RoleRef> found = resolve(tail);
			if (!found.isEmpty()) {
				return from > 0 && mayBeList && joins(words[from - 1]) ? list(words, from).orElse(found) : found;
			}
		}
		return words.length <= MAX_WRITTEN_WORDS ? asWritten(Prefixes.remove(LEADING_THE, "Tt", String.join(" ", words)))
				: List.of();
	}

	/** True for a word that joins owners: "and", "&", "/" or one that ends in a comma ("Bradfield,"). */
	private static boolean joins(String word) {
		return word.equals("and") || word.equals("&") || word.equals("/") || word.endsWith(",");
	}

	/**
	 * "Penny and Renae will take lead": the owner found ("Renae") ends a list whose other sides nobody listed. The
	 * longest run of words before it, within its sentence, that reads as owners with it, each as written where it
	 * cannot be resolved.
	 */
	private Optional<List<RoleRef>> list(String[] words, int found) {
		int first = found - 1;
		while (first > 0 && !SENTENCE_END.matcher(words[first - 1]).find()) {
			first--;
		}
		for (int from = first; from < found - 1; from++) {
			List<RoleRef> owners = asWritten(Prefixes.remove(LEADING_THE, "Tt",
					String.join(" ", Arrays.copyOfRange(words, from, words.length))));
			if (owners.size() > 1) {
				return Optional.of(owners);
			}
		}
		return Optional.empty();
	}

	/** True when the text may hold a join that {@link #JOINT} matches. */
	private static boolean mayBeJoint(String text) {
		return text.contains("and") || text.indexOf('&') >= 0 || text.indexOf('/') >= 0 || text.indexOf(',') >= 0;
	}

	/**
	 * Owners the attendance list does not name, as the subject writes them: "Secretariat", "Kieron O'Hara", "Penny
	 * and Renae" (each side resolved where it can be, else kept as written); empty unless every side reads as an
	 * owner.
	 */
	private List<RoleRef> asWritten(String subject) {
		String[] sides = mayBeJoint(subject) ? JOINT.split(subject) : new String[] { subject };
		List<RoleRef> out = new ArrayList<>();
		for (String side : sides) {
			if (side.isBlank()) {
				continue;
			}
			Optional<RoleRef> owner = owners.single(side.strip()).or(() -> WrittenOwner.of(side));
			if (owner.isEmpty()) {
				return List.of();
			}
			if (!out.contains(owner.get())) {
				out.add(owner.get());
			}
		}
		return out;
	}

	/** Who the chair asked to act, in an update ("The PCC asked the CC to confirm..."). */
	public List<RoleRef> asked(String text) {
		Matcher m = ASKED.matcher(text);
		return ASKED_WORD.in(text) && m.find() ? owners.single(m.group(1)).map(List::of).orElse(List.of()) : List.of();
	}

	/**
	 * The owners a subject names: one owner, or several joined by "and" — split only where every side names
	 * someone, so that "the Head of Policy and Commissioning" stays one title.
	 */
	private List<RoleRef> resolve(String subject) {
		Optional<RoleRef> whole = owners.single(subject);
		Matcher joint = JOINT.matcher(subject);
		// a join needs "and", "&" or "/": most subjects have none and are spared the scan
		while (mayBeJoint(subject) && joint.find()) {
			Optional<RoleRef> first = owners.single(subject.substring(0, joint.start()));
			List<RoleRef> rest = first.isPresent() ? resolve(subject.substring(joint.end())) : List.of();
			if (first.isPresent() && !rest.isEmpty()) {
				List<RoleRef> out = new ArrayList<>(List.of(first.get()));
				rest.stream().filter(r -> !out.contains(r)).forEach(out::add);
				return out;
			}
		}
		return whole.map(List::of).orElse(List.of());
	}

}
