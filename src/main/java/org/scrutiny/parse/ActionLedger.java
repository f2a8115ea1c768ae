package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.scrutiny.model.ActionKind;

/**
 * The actions of one meeting in the order the notes give them, each once: a passage that multi-column extraction
 * printed again (whole, or cut short at either end) is the same action, not a new one.
 */
final class ActionLedger {

	/** Repeats shorter than this are too short to tell apart from a genuinely similar action. */
	private static final int MIN_REPEAT = 30;

	/** Below this many distinct words, wordings are too short to call the same by their words. */
	private static final int MIN_SHARED_WORDS = 8;

	private final List<ActionDraft> drafts = new ArrayList<>();

	/** Adds the draft, or returns the action it repeats (keeping the fuller text). */
	ActionDraft add(ActionDraft draft) {
		Optional<ActionDraft> same = repeatOf(draft.kind, draft.text());
		if (same.isPresent()) {
			same.get().preferText(draft.text());
			return same.get();
		}
		drafts.add(draft);
		return draft;
	}

	/** The stored action of that kind that the text repeats, if any. */
	Optional<ActionDraft> repeatOf(ActionKind kind, String text) {
		String key = key(text);
		return drafts.stream().filter(d -> d.kind == kind && repeats(key, d.key())).findFirst();
	}

	/** One wording repeats another: the same, cut short at either end, or (long enough) all but one of its words. */
	private static boolean repeats(String key, String stored) {
		if (key.length() < MIN_REPEAT) {
			return stored.equals(key);
		}
		return stored.contains(key) || key.contains(stored) && stored.length() >= MIN_REPEAT
				|| sharesNearlyAllWords(key, stored);
	}

	/**
	 * An action log's wording of an action the minutes also record ("Assurance on escalation arrangements with the
	 * health trust..." beside "TM to provide assurance on the escalation arrangements with the health trust..."):
	 * all but one of the shorter wording's words, and enough of them to tell it apart.
	 */
	private static boolean sharesNearlyAllWords(String a, String b) {
		Set<String> wa = new HashSet<>(List.of(a.split(" ")));
		Set<String> wb = new HashSet<>(List.of(b.split(" ")));
		Set<String> shorter = wa.size() <= wb.size() ? wa : wb;
		Set<String> longer = shorter == wa ? wb : wa;
		long missing = shorter.stream().filter(w -> !longer.contains(w)).count();
		return shorter.size() >= MIN_SHARED_WORDS && missing <= 1;
	}

	List<ActionDraft> drafts() {
		return List.copyOf(drafts);
	}

	/** Lower case, list markers and punctuation out: "2. The ACC to review." and "The ACC to review" are one key. */
	static String key(String text) {
		String unmarked = ActionShape.withoutMarker(text);
		return unmarked.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
