package org.scrutiny.parse.updates;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes that review the earlier actions in one sentence ("All actions carried forward.") and then list the carried
 * actions, unmarked, among the new ones in their closing list. A listed action that the discussion never raised is a
 * carried one: a new action is minuted where it was agreed, with its owner ("NM to create a document for the
 * committee to share ideas about" above "[NM] Create a discussion document for online events."), a carried one is
 * only listed ("[HP] Contact Rowland Mosbergen about pictures from the eResAus 2019 workshop.").
 */
public final class AllCarriedForward {

	// matches: "All actions carried forward."   "All outstanding actions were carried forward."   "All other actions rolled over"
	private static final Pattern STATEMENT = Pattern.compile("(?i)^\\W*all\\s+(?:(?:other|outstanding|open|remaining|previous|earlier)\\s+)?"
			+ "actions\\s+(?:(?:are|were|have\\s+been)\\s+)?(?:carried|brought|rolled)\\s+(?:forward|over)\\W*$");

	// matches: "create" "document" in "NM to create a document"   (the words a task is told by: five letters or more)
	private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{5,}");

	// matches: "NM" in "Further investigation is required by NM and MS"   (an owner as the list writes it, as a word)
	private static final String WHOLE_WORD = "(?<![\\p{L}\\p{N}])%s(?![\\p{L}\\p{N}])";

	/** Words of five letters or more that say nothing of the task ("the committee agreed that their ..."). */
	private static final Set<String> COMMON = Set.of("about", "after", "agree", "their", "there", "these", "those", "which",
			"would", "should", "could", "other", "meeti", "commi", "membe", "actio", "follo", "where", "while", "being");

	/** Without an owner to find, a minute must share this many of the action's words to be where it was raised. */
	private static final int SHARED_WITHOUT_OWNER = 2;

	private AllCarriedForward() {
	}

	/** True when the line says that every earlier action was carried forward. */
	public static boolean states(String line) {
		return STATEMENT.matcher(line).find();
	}

	/**
	 * True when a line of the discussion raised the listed action: it names one of the action's owners as the list
	 * writes them and shares a word with it (first five letters: "investigation" is "investigate"), or, with no owner
	 * written, shares two.
	 */
	public static boolean minuted(String action, List<String> writtenOwners, List<String> discussion) {
		Set<String> told = stems(action);
		List<Pattern> owners = writtenOwners.stream()
			.map(String::strip)
			.filter(o -> o.length() >= 2)
			.map(o -> Pattern.compile(WHOLE_WORD.formatted(Pattern.quote(o))))
			.toList();
		for (String line : discussion) {
			Set<String> shared = stems(line);
			shared.retainAll(told);
			if (owners.isEmpty() ? shared.size() >= SHARED_WITHOUT_OWNER
					: !shared.isEmpty() && owners.stream().anyMatch(o -> o.matcher(line).find())) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> stems(String text) {
		Set<String> stems = new HashSet<>();
		Matcher m = LONG_WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (m.find()) {
			String stem = m.group().substring(0, 5);
			if (!COMMON.contains(stem)) {
				stems.add(stem);
			}
		}
		return stems;
	}

}
