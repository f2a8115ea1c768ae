package org.scrutiny.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How alike two wordings of one action are, from 0 to 1, on their stemmed content words: the Dice overlap, or the
 * share of the shorter wording found in the longer while neither is far longer. Updates reword an action freely
 * ("ACC to share the findings..." reported as "The work on unresourced incidents has been completed"), so this is one
 * signal among the origin month and the owners.
 */
final class TextSimilarity {

	private static final Set<String> STOP = Set.of("a", "an", "the", "to", "of", "and", "or", "in", "on", "for", "with",
			"be", "is", "are", "was", "were", "by", "at", "from", "as", "that", "this", "it", "its", "will", "would",
			"should", "has", "have", "had", "been", "into", "any", "all", "provid", "updat", "meet");

	private TextSimilarity() {
	}

	static double of(String a, String b) {
		return of(contentStems(a), contentStems(b));
	}

	/** The same, from {@link #contentStems} worked out once per wording. */
	static double of(Set<String> wa, Set<String> wb) {
		if (wa.isEmpty() || wb.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(wa);
		common.retainAll(wb);
		double dice = 2.0 * common.size() / (wa.size() + wb.size());
		int shorter = Math.min(wa.size(), wb.size());
		int longer = Math.max(wa.size(), wb.size());
		double containment = longer <= 2.5 * shorter + 5 ? (double) common.size() / shorter : dice;
		return Math.max(dice, 0.85 * containment);
	}

	static Set<String> contentStems(String text) {
		List<String> stems = Stemming.stems(text == null ? "" : text);
		Set<String> out = new HashSet<>(stems);
		out.removeAll(STOP);
		return out;
	}

}
