package org.scrutiny.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which body's ledger a meeting belongs to, from the body its notes name. Notes name one body in several ways from
 * meeting to meeting ("ICAT Steering Committee Meeting" in April, "ICAT Steering Group Meeting #3" in December; "Minutes
 * for meeting" and "Minutes for AGM" of a council that never names itself), and an action can be followed from one
 * meeting to the next only within one ledger: the key keeps the words that tell the body apart and drops the kind of
 * body and of meeting, which drift. Two bodies that differ only in those words share a ledger, where the wording and
 * owner of each action keep their actions apart; one body split in two would lose every link between its meetings.
 */
public final class LedgerBody {

	/** Words that say what kind of body or meeting it is, not which: "committee", "group", "AGM", "minutes". */
	private static final Set<String> KIND = Set.of("committee", "group", "board", "panel", "forum", "meeting", "meetings",
			"minutes", "notes", "agm", "annual", "general", "ordinary", "extraordinary", "special", "monthly", "full", "for",
			"of", "the", "held", "sub");

	// matches: " " "-" "," "'" "/"   (between the words of a body's name)
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** A key this short ("police") is too common to be taken for the start of a longer body's name. */
	private static final int MIN_SHORT_NAME_WORDS = 2;

	private LedgerBody() {
	}

	/**
	 * The ledger of each of the names, all stored names known: a name whose key is the start, word for word, of exactly
	 * one other name's is that body written short ("Crime and Justice Transparency minutes from 3rd August 2011" is the
	 * "Crime and Justice Transparency Sector Panel" of its October minutes).
	 */
	public static Map<String, String> ledgers(Collection<String> names) {
		Map<String, String> keys = new HashMap<>();
		names.forEach(name -> keys.computeIfAbsent(name, LedgerBody::of));
		Set<String> distinct = new TreeSet<>(keys.values());
		Map<String, String> longer = new HashMap<>();
		for (String key : distinct) {
			if (key.split(" ").length < MIN_SHORT_NAME_WORDS) {
				continue;
			}
			List<String> starting = distinct.stream().filter(other -> other.startsWith(key + " ")).toList();
			if (starting.size() == 1) {
				longer.put(key, starting.get(0));
			}
		}
		Map<String, String> ledgers = new HashMap<>();
		keys.forEach((name, key) -> ledgers.put(name, longer.getOrDefault(key, key)));
		return ledgers;
	}

	/** "ICAT Steering Committee" and "ICAT Steering Group" are "icat steering"; "Minutes for AGM" is "". */
	public static String of(String body) {
		StringJoiner key = new StringJoiner(" ");
		for (String word : NOT_A_WORD.split(body.toLowerCase(Locale.ROOT).replace("&", " and "))) {
			if (!word.isEmpty() && !KIND.contains(word)) {
				key.add(word);
			}
		}
		return key.toString();
	}

}
