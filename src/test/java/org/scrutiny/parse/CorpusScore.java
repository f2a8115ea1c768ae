package org.scrutiny.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.Meeting;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.normalise.Normaliser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores parsed meetings against hand-made answers as the project's scorer does: texts match on shared content words
 * (the answers paraphrase), owners as sets of role codes (any title outside the canonical codes compares as OTHER),
 * brought-forward items only with their origin month and status right.
 */
public final class CorpusScore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> CANONICAL = Set.of("PCC", "DPCC", "CC", "DCC", "ACC", "CEX", "SPM", "PO", "SO");

	/** A notes file, its expected answer and what the parser made of it. */
	public record Case(String name, JsonNode gold, Meeting meeting) {

		@Override
		public String toString() {
			return name;
		}

	}

	private CorpusScore() {
	}

	record Score(int tp, int fp, int fn, int owners, int ownersOf, int due, int dueOf, int btp, int bfp, int bfn,
			int peopleTp, int peopleFp, int peopleFn, List<String> misses, List<String> missedRaised) {

		double actionF1() {
			return f1(tp, fp, fn);
		}

		double carriedF1() {
			return f1(btp, bfp, bfn);
		}

		double ownersRight() {
			return ownersOf == 0 ? 0 : (double) owners / ownersOf;
		}

		double dueRight() {
			return dueOf == 0 ? 1 : (double) due / dueOf;
		}

		double peoplePrecision() {
			return (double) peopleTp / (peopleTp + peopleFp);
		}

		double peopleRecall() {
			return (double) peopleTp / (peopleTp + peopleFn);
		}

		private static double f1(int tp, int fp, int fn) {
			return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
		}

	}

	static Score of(List<Case> cases) {
		int tp = 0, fp = 0, fn = 0, owners = 0, ownersOf = 0, due = 0, dueOf = 0, btp = 0, bfp = 0, bfn = 0;
		int ptp = 0, pfp = 0, pfn = 0;
		List<String> misses = new ArrayList<>();
		List<String> missedRaised = new ArrayList<>();
		for (Case c : cases) {
			List<JsonNode> gold = list(c.gold().get("actions"));
			List<Action> raised = c.meeting().actions().stream().filter(a -> a.kind() == ActionKind.RAISED).toList();
			List<GoldMatcher.Pair> pairs = GoldMatcher.match(gold, g -> g.get("text").asString(), raised, Action::text);
			tp += pairs.size();
			fp += raised.size() - pairs.size();
			fn += gold.size() - pairs.size();
			for (GoldMatcher.Pair p : pairs) {
				JsonNode g = gold.get(p.gold());
				Action a = raised.get(p.found());
				ownersOf++;
				if (ownersAccepted(g, a)) {
					owners++;
				}
				else {
					misses.add(c.name() + " owner " + codes(a.owners()) + ": " + a.text());
				}
				String goldDue = g.path("due").isNull() || g.path("due").isMissingNode() ? null : g.get("due").asString();
				String gotDue = a.due() == null ? null : a.due().toString();
				if (goldDue != null || gotDue != null) {
					dueOf++;
					if (goldDue != null && gotDue != null && gotDue.startsWith(goldDue.substring(0, 7))
							&& (goldDue.length() == 7 || gotDue.length() == 7 || gotDue.equals(goldDue))) {
						due++;
					}
					else {
						misses.add(c.name() + " due " + gotDue + " (gold " + goldDue + "): " + a.text());
					}
				}
			}
			for (int g = 0; g < gold.size(); g++) {
				final int gi = g;
				if (pairs.stream().noneMatch(p -> p.gold() == gi)) {
					missedRaised.add(gold.get(g).get("text").asString());
					misses.add(c.name() + " missed: " + gold.get(g).get("text").asString());
				}
			}
			List<JsonNode> goldCarried = list(c.gold().get("brought_forward"));
			List<Action> carried = c.meeting().actions().stream().filter(a -> a.kind() == ActionKind.BROUGHT_FORWARD).toList();
			List<GoldMatcher.Pair> carriedPairs = GoldMatcher
				.match(goldCarried, g -> g.get("text").asString(), carried, Action::text)
				.stream()
				.filter(p -> carriedRight(goldCarried.get(p.gold()), carried.get(p.found())))
				.toList();
			btp += carriedPairs.size();
			bfp += carried.size() - carriedPairs.size();
			bfn += goldCarried.size() - carriedPairs.size();
			Set<String> goldPeople = new TreeSet<>();
			list(c.gold().get("attendees")).forEach(p -> goldPeople.add(person(p)));
			list(c.gold().get("apologies")).forEach(p -> goldPeople.add(person(p)));
			Set<String> found = new TreeSet<>();
			c.meeting().attendees().forEach(p -> found.add(p.name().toLowerCase() + "|" + comparable(p.role())));
			Set<String> both = new TreeSet<>(found);
			both.retainAll(goldPeople);
			ptp += both.size();
			pfp += found.size() - both.size();
			pfn += goldPeople.size() - both.size();
		}
		return new Score(tp, fp, fn, owners, ownersOf, due, dueOf, btp, bfp, bfn, ptp, pfp, pfn, misses, missedRaised);
	}

	/** Counted as found only with its origin month and status right. */
	private static boolean carriedRight(JsonNode gold, Action found) {
		Set<String> months = new TreeSet<>();
		months.add(gold.get("from").asString());
		list(gold.get("from_alt")).forEach(m -> months.add(m.asString()));
		return found.status().csv().equals(gold.get("status").asString()) && found.raisedIn() != null
				&& months.contains(found.raisedIn().toString());
	}

	private static boolean ownersAccepted(JsonNode gold, Action found) {
		if (gold.path("owners_unknown").asBoolean(false)) {
			return true;
		}
		Set<String> got = new TreeSet<>(found.owners().stream().map(CorpusScore::comparable).toList());
		List<Set<String>> accepted = new ArrayList<>();
		accepted.add(codes(gold.get("owners")));
		list(gold.get("owners_alt")).forEach(alt -> accepted.add(codes(alt)));
		return accepted.contains(got);
	}

	private static Set<String> codes(JsonNode array) {
		Set<String> out = new TreeSet<>();
		list(array).forEach(n -> out.add(CANONICAL.contains(n.asString()) ? n.asString() : "OTHER"));
		return out;
	}

	private static String codes(List<RoleRef> owners) {
		return String.join(";", owners.stream().map(RoleRef::code).toList());
	}

	private static String comparable(RoleRef role) {
		return role.role() == Role.OTHER ? "OTHER" : role.role().name();
	}

	private static String person(JsonNode p) {
		String role = p.get("role").asString();
		return p.get("name").asString().toLowerCase() + "|" + (CANONICAL.contains(role) ? role : "OTHER");
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> out = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach(out::add);
		}
		return out;
	}

	/** The named notes in a resource folder ({@code /seeds}), each with its answer ({@code /gold/<name>.json}). */
	public static List<Case> load(String notesFolder, String answersFolder, List<String> names) {
		List<Case> cases = new ArrayList<>();
		for (String name : names) {
			String text = resource(notesFolder + "/" + name + ".txt");
			JsonNode gold = JSON.readTree(resource(answersFolder + "/" + name + ".json"));
			Meeting meeting = new MeetingParser().parse(name + ".txt", new Normaliser().normalise(text)).meeting()
				.orElseThrow(() -> new AssertionError(name + " was rejected"));
			cases.add(new Case(name + ".txt", gold, meeting));
		}
		return cases;
	}

	public static String resource(String path) {
		try (InputStream in = CorpusScore.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
