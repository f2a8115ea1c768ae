package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches extracted actions to hand-made gold ones the way the project's scorer does: gold texts are paraphrases, so
 * two texts match on shared content words (Dice, or containment while neither is far longer), one to one, best first.
 */
public final class GoldMatcher {

	public static final double THRESHOLD = 0.45;

	private static final Set<String> STOP = Set.of(("a an the to of and or in on for with be is are was were by at from as "
			+ "that this its it his her their will would should can could has have had been being into any all per via than "
			+ "then so").split(" "));

	record Pair(int gold, int found, double similarity) {
	}

	private GoldMatcher() {
	}

	static <G, F> List<Pair> match(List<G> gold, Function<G, String> goldText, List<F> found, Function<F, String> foundText) {
		List<Pair> candidates = new ArrayList<>();
		for (int g = 0; g < gold.size(); g++) {
			for (int f = 0; f < found.size(); f++) {
				double s = similarity(goldText.apply(gold.get(g)), foundText.apply(found.get(f)));
				if (s >= THRESHOLD) {
					candidates.add(new Pair(g, f, s));
				}
			}
		}
		candidates.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
		Set<Integer> usedGold = new HashSet<>();
		Set<Integer> usedFound = new HashSet<>();
		List<Pair> pairs = new ArrayList<>();
		for (Pair p : candidates) {
			if (!usedGold.contains(p.gold()) && !usedFound.contains(p.found())) {
				usedGold.add(p.gold());
				usedFound.add(p.found());
				pairs.add(p);
			}
		}
		return pairs;
	}

	public static double similarity(String a, String b) {
		Set<String> wa = words(a);
		Set<String> wb = words(b);
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

	private static Set<String> words(String text) {
		Set<String> out = new HashSet<>(Arrays.asList((text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
		out.removeIf(w -> w.isEmpty() || STOP.contains(w));
		return out;
	}

}
