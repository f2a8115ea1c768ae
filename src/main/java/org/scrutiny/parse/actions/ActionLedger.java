package org.scrutiny.parse.actions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.scrutiny.model.ActionKind;
import org.scrutiny.parse.layout.ActionShape;

/**
 * The actions of one meeting in the order the notes give them, each once: a passage that multi-column extraction
 * printed again (whole, or cut short at either end) is the same action, not a new one.
 */
public final class ActionLedger {

	/** Repeats shorter than this are too short to tell apart from a genuinely similar action. */
	private static final int MIN_REPEAT = 30;

	/** Below this many distinct words, wordings are too short to call the same by their words. */
	private static final int MIN_SHARED_WORDS = 8;

	private final List<ActionDraft> drafts = new ArrayList<>();

	/** Whether an earlier action reported on is still open, as its status cell and update say. */
	private final Predicate<ActionDraft> stillOpen;

	/** A ledger where no earlier action is carried into the new ones. */
	public ActionLedger() {
		this(earlier -> false);
	}

	/** A ledger where an earlier action still open, listed again among the new ones, stays the earlier action. */
	public ActionLedger(Predicate<ActionDraft> stillOpen) {
		this.stillOpen = stillOpen;
	}

	/** Adds the draft, or returns the action it repeats (keeping the fuller text); a raised action may repeat an earlier one. */
	public ActionDraft add(ActionDraft draft) {
		if (draft.text().isEmpty()) {
			// a report written as prose, with no wording of the action: nothing to repeat or be repeated by
			drafts.add(draft);
			return draft;
		}
		// the draft's own key and words are compared: worked out once, they stay with it for the comparisons to come
		Wording wording = new Wording(draft);
		Optional<ActionDraft> same = repeatOf(draft.kind, wording);
		if (same.isEmpty() && draft.kind == ActionKind.RAISED) {
			// an earlier action listed again among the new ones is still the earlier action: "| 2.2 | Update the ToR
			// to include a section on voting | TG |" under "New actions", below its own row in the review of actions
			// word for word only (an update and a new step on the same matter share nearly all their words), and only
			// while open: a closed action raised again is a new one
			same = drafts.stream()
				.filter(d -> d.kind == ActionKind.BROUGHT_FORWARD && d.key().equals(wording.key()) && stillOpen.test(d))
				.findFirst();
		}
		if (same.isPresent()) {
			same.get().preferText(draft.text());
			return same.get();
		}
		drafts.add(draft);
		return draft;
	}

	/** The stored action of that kind that the text repeats, if any. */
	public Optional<ActionDraft> repeatOf(ActionKind kind, String text) {
		return repeatOf(kind, new Wording(text));
	}

	private Optional<ActionDraft> repeatOf(ActionKind kind, Wording wording) {
		for (ActionDraft stored : drafts) {
			if (stored.kind == kind && repeats(wording, stored)) {
				return Optional.of(stored);
			}
		}
		return Optional.empty();
	}

	/** One wording repeats another: the same, cut short at either end, or (long enough) all but one of its words. */
	private static boolean repeats(Wording wording, ActionDraft stored) {
		String key = wording.key();
		if (key.length() < MIN_REPEAT) {
			return stored.key().equals(key);
		}
		return stored.key().contains(key) || key.contains(stored.key()) && stored.key().length() >= MIN_REPEAT
				|| sharesNearlyAllWords(wording.words(), stored.words());
	}

	/**
	 * A wording's key and words, each worked out when first needed and then kept for all the stored actions it is
	 * checked against (a ledger with no action of its kind needs neither), or taken from the draft that has them.
	 */
	private static final class Wording {

		/** The text, where no draft holds it. */
		private final String text;

		private final ActionDraft draft;

		private String key;

		private Set<String> words;

		private Wording(String text) {
			this.text = text;
			this.draft = null;
		}

		private Wording(ActionDraft draft) {
			this.text = null;
			this.draft = draft;
		}

		private String key() {
			if (key == null) {
				key = draft != null ? draft.key() : ActionLedger.key(text);
			}
			return key;
		}

		private Set<String> words() {
			if (words == null) {
				words = draft != null ? draft.words() : ActionLedger.words(key());
			}
			return words;
		}

	}

	/**
	 * An action log's wording of an action the minutes also record ("Assurance on escalation arrangements with the
	 * health trust..." beside "TM to provide assurance on the escalation arrangements with the health trust..."):
	 * all but one of the shorter wording's words, and enough of them to tell it apart.
	 */
	private static boolean sharesNearlyAllWords(Set<String> wa, Set<String> wb) {
		Set<String> shorter = wa.size() <= wb.size() ? wa : wb;
		Set<String> longer = shorter == wa ? wb : wa;
		if (shorter.size() < MIN_SHARED_WORDS) {
			return false;
		}
		int missing = 0;
		for (String word : shorter) {
			if (!longer.contains(word) && ++missing > 1) {
				return false;
			}
		}
		return true;
	}

	/** Words too common in actions to tell one task from another ("to send the report to the members"). */
	private static final Set<String> COMMON = Set.of("with", "from", "that", "this", "will", "about", "their", "which", "them",
			"they", "what", "when", "have", "into", "next", "meeting", "also", "would", "should", "been", "some", "more", "other",
			"follow", "check", "send", "look", "members", "committee", "group");

	/** Sharing this many telling words, a sentence and a listed action are about one task. */
	private static final int MIN_TELLING_SHARED = 3;

	/**
	 * A raised action on the same task as the text, in other words: a list's "Reach out to Liam Holt" beside the minute's
	 * "JC will reach out to Liam Holt regarding his membership application". Three of the telling words (four letters or
	 * more, not {@link #COMMON}) in common, or two when the shorter has no more.
	 */
	public boolean holdsSimilar(String text) {
		String key = key(text);
		Set<String> words = words(key);
		Set<String> telling = telling(words);
		return drafts.stream()
			.filter(d -> d.kind == ActionKind.RAISED)
			.anyMatch(d -> sharedTelling(telling, telling(d.words()))
					+ spelledOut(key, d.words()) + spelledOut(d.key(), words) >= enough(telling, telling(d.words())));
	}

	private static int sharedTelling(Set<String> a, Set<String> b) {
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return shared.size();
	}

	/** How many telling words two wordings must share to be about one task. */
	private static int enough(Set<String> a, Set<String> b) {
		// one word in common is a name or a topic, not a task
		return Math.max(2, Math.min(MIN_TELLING_SHARED, Math.min(a.size(), b.size())));
	}

	/** Abbreviations are at least this long: two letters ("to", "ma") are too often words of their own. */
	private static final int MIN_ABBREVIATION = 3;

	/**
	 * How many of the other wording's abbreviations this one spells out: "ToR" in "Set quarterley meetings and
	 * circulate ToR" and "terms of reference" in "It was agreed to send an updated terms of reference to members" (YIC,
	 * 110 in ../shared/real) are one telling word, the initials of two to four words in a row.
	 */
	private static int spelledOut(String key, Set<String> otherWords) {
		String[] words = key.split(" ");
		Set<String> found = new HashSet<>();
		for (int from = 0; from < words.length; from++) {
			StringBuilder initials = new StringBuilder();
			for (int to = from; to < Math.min(words.length, from + 4); to++) {
				if (words[to].isEmpty()) {
					break;
				}
				initials.append(words[to].charAt(0));
				if (to > from && initials.length() >= MIN_ABBREVIATION && otherWords.contains(initials.toString())) {
					found.add(initials.toString());
				}
			}
		}
		return found.size();
	}

	private static Set<String> telling(Set<String> words) {
		Set<String> telling = new HashSet<>();
		for (String word : words) {
			if (word.length() >= 4 && !COMMON.contains(word)) {
				telling.add(word);
			}
		}
		return telling;
	}

	/** Takes back an action read as raised that the next line shows is a report on an earlier one. */
	public void withdraw(ActionDraft draft) {
		drafts.remove(draft);
	}

	public List<ActionDraft> drafts() {
		return List.copyOf(drafts);
	}

	/** Lower case, list markers and punctuation out: "2. The ACC to review." and "The ACC to review" are one key. */
	static String key(String text) {
		String lower = ActionShape.withoutMarker(text).toLowerCase(Locale.ROOT);
		// the runs of letters and digits (\p{L}, \p{N}) joined by single spaces; a loop, as this runs for every line
		StringBuilder key = new StringBuilder(lower.length());
		boolean gap = false;
		for (int i = 0; i < lower.length(); ) {
			int c = lower.codePointAt(i);
			if (isLetterOrNumber(c)) {
				if (gap && key.length() > 0) {
					key.append(' ');
				}
				key.appendCodePoint(c);
				gap = false;
			}
			else {
				gap = true;
			}
			i += Character.charCount(c);
		}
		return key.toString();
	}

	/** A character of {@code \p{L}} or {@code \p{N}}. */
	private static boolean isLetterOrNumber(int c) {
		if (c < 0x80) {
			// the ASCII ones are only these
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
		}
		return switch (Character.getType(c)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> false;
		};
	}

	/** The distinct words of a key (its parts between single spaces). */
	static Set<String> words(String key) {
		Set<String> words = new HashSet<>();
		int start = 0;
		for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', start)) {
			words.add(key.substring(start, i));
			start = i + 1;
		}
		words.add(key.substring(start));
		return words;
	}

}
