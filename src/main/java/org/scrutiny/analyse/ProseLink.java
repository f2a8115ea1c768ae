package org.scrutiny.analyse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scrutiny.model.RoleRef;

/**
 * How surely a report written as prose is the report on one open action: the words of the action and of the agenda
 * item it was raised under that the paragraph holds, weighted by how few of the open actions hold them, and whether
 * the paragraph names an owner.
 * <p>
 * Minutes word a report in the reporter's words, not the action's: "Cllr JA advised that new road markings had been
 * requested on the road into Ayton" reports on "SW agreed to bring this up with Cllr Anderson and seek advice on who to
 * contact" raised under "Road Markings" (Ayton Community Council, 201 in ../shared/real). So the item's words count as
 * the action's, and a word that every open action holds ("council") counts for less than one only this action holds
 * ("markings").
 */
final class ProseLink {

	/** An owned action's report that names an owner must hold at least this weighted share of its words. */
	static final double MIN_SHARE_NAMED = 0.25;

	/**
	 * Or this much, of {@link #MIN_SHARED_SUBJECT} words or more, where it opens with the owner's name: "TF confirmed he
	 * had spoken to Graham Dolan and now has access to the old village website" on "TF to take over the running of the
	 * website including building a new site at a substantially reduced cost of only £8 per year".
	 */
	static final double MIN_SHARE_SUBJECT = 0.15;

	static final int MIN_SHARED_SUBJECT = 3;

	/**
	 * A report that names the whole agenda item (of two words or more) may name no owner: someone else often reports
	 * ("Cllr JA advised ..." on SW's action).
	 */
	static final double MIN_SHARE_ITEM = 0.2;

	/**
	 * Any other report, naming neither owner nor item, must hold this much, of {@link #MIN_SHARED_UNNAMED} words or more:
	 * "Issue an invitation to our February meeting" is not the report "Invitations had been sent to the housing
	 * associations for our February meeting on housing".
	 */
	static final double MIN_SHARE = 0.6;

	static final int MIN_SHARED_UNNAMED = 4;

	/** Words of its own an action's paragraph under the same agenda item must hold, naming no owner. */
	static final int MIN_SHARED_SAME_ITEM = 3;

	/**
	 * And the weighted share of them it must hold: "PI advised that we had received an interest Payment ... on the CC
	 * Account" holds three words in ten of "PI to look into changing the signatories on the bank accounts".
	 */
	static final double MIN_SHARE_SAME_ITEM = 0.35;

	/** Words a report must share with an action, at the least: one word in common is chance. */
	static final int MIN_SHARED = 2;

	/** How much surer the best action for a report must be than the next: a wrong history is worse than none. */
	static final double MARGIN = 0.1;

	/** Weight, added to the share, of opening with an owner's name: the subject of a report is most often the owner. */
	private static final double OWNER_SUBJECT = 0.3;

	/** Weight of naming an owner further on. */
	private static final double OWNER_NAMED = 0.1;

	/**
	 * Weight of naming an owner, in a paragraph of the item an action was raised under: the actions of one item share its
	 * words, and who is named tells them apart. "TS and AC had both attend on behalf of the Community Council" reports
	 * on "TS and AC to bioth attend on behalf of the Community Council", not on "AM to attend on our behalf", raised
	 * under the same "Area Partnership Meeting" (Ayton Community Council, 202 and 201 in ../shared/real).
	 */
	private static final double OWNER_NAMED_SAME_ITEM = 0.5;

	/** Weight, added to the share, of holding the agenda item's words. */
	private static final double ITEM = 0.2;

	/**
	 * Words that say how a minute is written, not what was done: "he", "other", "could", "regarding", "advised",
	 * "agreed". They are no evidence that a paragraph reports on one action rather than another. (As stems.)
	 */
	private static final Set<String> TELLS_NOTHING = Set.of("he", "she", "they", "them", "we", "us", "our", "their", "him",
			"her", "who", "which", "what", "if", "could", "may", "might", "can", "do", "did", "other", "also", "not", "there",
			"these", "those", "so", "up", "out", "over", "about", "regard", "matter", "advis", "agre", "confirm", "report",
			"note", "now", "yet", "still", "onli", "per");

	/** Weight, added to the share, of each word held: of two actions held as fully, the one with more words in common. */
	private static final double EACH_WORD = 0.03;

	/**
	 * An open action as a prose report may name it: content stems of its wording and its item, owners' names apart, and
	 * the ways its owners are named.
	 */
	record Target(Set<String> words, Set<String> item, Set<String> itemName, OwnerMention owners) {

		Target(String text, String topic, List<RoleRef> owners) {
			this(telling(TextSimilarity.contentStems(text + " " + topic), owners),
					telling(TextSimilarity.contentStems(topic), owners), TextSimilarity.contentStems(topic),
					new OwnerMention(owners));
		}

		/**
		 * True when the agenda item is named by the same words ("Treasurer's Report" and "Treasurers Report") and is no
		 * standing item: "Any Other Business" gathers unrelated matters at every meeting.
		 */
		boolean raisedUnder(String topic) {
			return !itemName.isEmpty() && itemName.equals(TextSimilarity.contentStems(topic)) && !StandingItems.isStanding(topic);
		}

		// the owner's name says who, not what: it counts neither in the words shared nor in the action's own
		private static Set<String> telling(Set<String> stems, List<RoleRef> owners) {
			Set<String> out = new HashSet<>(stems);
			out.removeAll(OwnerMention.stems(owners));
			out.removeAll(TELLS_NOTHING);
			return out;
		}
	}

	/** The weighted share of an action's words a paragraph holds, and how many of them. */
	private record Held(double share, int words) {
	}

	/** The open actions of one meeting's body, which give each word its weight. */
	static final class Candidates {

		private final Map<String, Integer> holding = new HashMap<>();

		private final int size;

		private Candidates(List<Target> targets) {
			this.size = targets.size();
			targets.forEach(t -> t.words().forEach(w -> holding.merge(w, 1, Integer::sum)));
		}

		/**
		 * How surely the paragraph reports on the target, or empty where it does not.
		 *
		 * @param said the paragraph's {@link TextSimilarity#contentStems}, worked out once for every target
		 */
		Optional<Double> score(String paragraph, Set<String> said, Target target) {
			if (target.words().isEmpty()) {
				return Optional.empty();
			}
			Held held = held(target.words(), Set.of(), said);
			int shared = held.words();
			if (shared < MIN_SHARED) {
				return Optional.empty();
			}
			double share = held.share();
			boolean named = target.owners().in(paragraph);
			boolean subject = named && target.owners().subjectOf(paragraph);
			boolean wholeItem = target.item().size() >= 2 && said.containsAll(target.item());
			boolean sure = subject && shared >= MIN_SHARED_SUBJECT && share >= MIN_SHARE_SUBJECT
					|| named && share >= MIN_SHARE_NAMED || wholeItem && share >= MIN_SHARE_ITEM
					|| shared >= MIN_SHARED_UNNAMED && share >= MIN_SHARE;
			if (!sure) {
				return Optional.empty();
			}
			double owner = subject ? OWNER_SUBJECT : named ? OWNER_NAMED : 0;
			return Optional.of(share + owner + (wholeItem ? ITEM : 0) + EACH_WORD * shared);
		}

		/**
		 * How surely a paragraph of an agenda item reports on the target raised under the same item, or empty where it
		 * does not: the item's name is no evidence there, so the paragraph must hold {@link #MIN_SHARED_SAME_ITEM} of the
		 * action's own words, or one and an owner's name, and {@link #MIN_SHARE_SAME_ITEM} of their weight. "it was confirmed that this had been raised with Gillian Jardine
		 * by both Cllr JA and TS" holds "raised", "Gillian", "Jardine" of "Cllr JA to chase this up with Gillian Jardine".
		 */
		Optional<Double> scoreUnderSameItem(String paragraph, Set<String> said, Target target) {
			Held held = held(target.words(), target.item(), said);
			int shared = held.words();
			boolean named = target.owners().in(paragraph);
			if (shared < MIN_SHARED_SAME_ITEM && !(named && shared >= 1) || held.share() < MIN_SHARE_SAME_ITEM) {
				return Optional.empty();
			}
			return Optional.of(held.share() + (named ? OWNER_NAMED_SAME_ITEM : 0) + ITEM + EACH_WORD * shared);
		}

		/** How much of the words, those left out apart, the paragraph holds, weighted by {@link #weight}. */
		private Held held(Set<String> words, Set<String> leftOut, Set<String> said) {
			double held = 0;
			double all = 0;
			int shared = 0;
			for (String word : words) {
				if (leftOut.contains(word)) {
					continue;
				}
				double weight = weight(word);
				all += weight;
				if (said.contains(word)) {
					held += weight;
					shared++;
				}
			}
			return new Held(all == 0 ? 0 : held / all, shared);
		}

		/** Rarer among the open actions, weightier: 1 + ln(n / holding). */
		private double weight(String word) {
			return 1 + Math.log((double) size / holding.getOrDefault(word, 1));
		}
	}

	private ProseLink() {
	}

	static Candidates among(List<Target> targets) {
		return new Candidates(targets);
	}

}
