package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
	Optional<ActionDraft> repeatOf(org.scrutiny.model.ActionKind kind, String text) {
		String key = key(text);
		if (key.length() < MIN_REPEAT) {
			return drafts.stream().filter(d -> d.kind == kind && key(d.text()).equals(key)).findFirst();
		}
		return drafts.stream()
			.filter(d -> d.kind == kind)
			.filter(d -> key(d.text()).contains(key) || key.contains(key(d.text())) && key(d.text()).length() >= MIN_REPEAT
					|| sharesNearlyAllWords(key, key(d.text())))
			.findFirst();
	}

	/**
	 * An action log's wording of an action the minutes also record ("Assurance on escalation arrangements with the
	 * health trust..." beside "TM to provide assurance on the escalation arrangements with the health trust..."):
	 * all but one of the shorter wording's words, and enough of them to tell it apart.
	 */
	private static boolean sharesNearlyAllWords(String a, String b) {
		java.util.Set<String> wa = new java.util.HashSet<>(java.util.List.of(a.split(" ")));
		java.util.Set<String> wb = new java.util.HashSet<>(java.util.List.of(b.split(" ")));
		java.util.Set<String> shorter = wa.size() <= wb.size() ? wa : wb;
		java.util.Set<String> longer = shorter == wa ? wb : wa;
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
