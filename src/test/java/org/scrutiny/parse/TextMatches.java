package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.List;

import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.Meeting;

import tools.jackson.databind.JsonNode;

/**
 * A tally over several meetings of the answers' action texts found, one to one as the scorer matches them
 * ({@link GoldMatcher}): how many were found, wanted and matched, for a precision and recall over all of them.
 */
final class TextMatches {

	private int found;

	private int wanted;

	private int matched;

	/** Adds one meeting: the texts of its answer's list ("actions", "brought_forward") against its actions of that kind. */
	void add(JsonNode gold, String list, Meeting meeting, ActionKind kind) {
		List<String> want = new ArrayList<>();
		gold.get(list).forEach(a -> want.add(a.get("text").asString()));
		// a report written as prose names no action until the ledger links it: the parser alone finds no wording there
		List<String> got = meeting.actions().stream().filter(a -> a.kind() == kind && !a.text().isEmpty()).map(Action::text).toList();
		found += got.size();
		wanted += want.size();
		matched += GoldMatcher.match(want, w -> w, got, g -> g).size();
	}

	double precision() {
		return found == 0 ? 0 : (double) matched / found;
	}

	double recall() {
		return wanted == 0 ? 1 : (double) matched / wanted;
	}

	/** "169 of 209 wanted, 196 found", for an assertion's description. */
	@Override
	public String toString() {
		return matched + " matched of " + wanted + " wanted, " + found + " found";
	}

}
