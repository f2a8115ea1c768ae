package org.scrutiny.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.Meeting;
import org.scrutiny.normalise.Normaliser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser on real published minutes of other bodies ({@code ../shared/real}: Markdown with front matter, HTML inside
 * Markdown, minutes inside a front-matter field), each file as published, against its hand-read answer. Skipped, with
 * a message, where {@code ../shared} is not beside the project.
 */
class RealMinutesTests {

	/** The real minutes and their answers, beside the project as CI has them. */
	static final Path REAL = Path.of("..", "shared", "real");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TestFactory
	Stream<DynamicTest> everyMeetingHasItsDate() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real minutes are not scored");
		return textFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			JsonNode gold = JSON.readTree(Files.readString(REAL.resolve("gold").resolve(baseName(file) + ".json")));
			assertThat(parse(file).date()).hasToString(gold.get("meeting_date").asString());
		}));
	}

	/** Attendance precision and recall on the real text files, each at least this (the level reached: 1.00 and .99). */
	private static final double PEOPLE_FLOOR = 0.98;

	/** The role classes the scorer compares: the canonical codes, any other title as OTHER. */
	private static final Set<String> CODES = Set.of("PCC", "DPCC", "CC", "DCC", "ACC", "CEX", "SPM", "PO", "SO");

	@Test
	void readsWhoAttendedAsTheScorerCountsThem() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real attendance lists are not scored");
		int found = 0;
		int right = 0;
		int wanted = 0;
		StringBuilder misses = new StringBuilder();
		for (Path file : textFiles()) {
			JsonNode gold = JSON.readTree(Files.readString(REAL.resolve("gold").resolve(baseName(file) + ".json")));
			Set<String> want = new LinkedHashSet<>();
			for (String list : List.of("attendees", "apologies")) {
				for (JsonNode person : gold.get(list)) {
					want.add(key(person.get("name").asString(), person.get("role").asString()));
				}
			}
			Set<String> got = new LinkedHashSet<>();
			parse(file).attendees().forEach(a -> got.add(key(a.name(), a.role().code())));
			Set<String> hit = new HashSet<>(got);
			hit.retainAll(want);
			found += got.size();
			wanted += want.size();
			right += hit.size();
			got.stream().filter(k -> !want.contains(k)).forEach(k -> misses.append(baseName(file)).append(" extra ").append(k).append('\n'));
			want.stream().filter(k -> !got.contains(k)).forEach(k -> misses.append(baseName(file)).append(" missed ").append(k).append('\n'));
		}
		double precision = found == 0 ? 0 : (double) right / found;
		double recall = wanted == 0 ? 1 : (double) right / wanted;
		System.out.printf("real minutes, people with roles: precision %.2f recall %.2f%n%s", precision, recall, misses);
		assertThat(precision).as("people precision; misses:%n%s", misses).isGreaterThanOrEqualTo(PEOPLE_FLOOR);
		assertThat(recall).as("people recall; misses:%n%s", misses).isGreaterThanOrEqualTo(PEOPLE_FLOOR);
	}

	/** A person as the scorer matches them: the name in lower case and the role class. */
	private static String key(String name, String role) {
		String r = (role == null ? "" : role).strip().toUpperCase(Locale.ROOT).replaceFirst("^(T/|ACTING\\s+|TEMPORARY\\s+)", "");
		return name.strip().toLowerCase(Locale.ROOT) + " / " + (CODES.contains(r) ? r : "OTHER");
	}

	/**
	 * Actions raised over all the text files, matched to the answer's one to one by shared content words as the
	 * scorer does (a fair approximation of {@code ../shared/tools/score-extraction}: the best of word overlap and
	 * containment, at its threshold). The floor is the level reached (.854 and .866, each meeting parsed alone; the
	 * scorer, after the ledger, .92 and .89); issue 22 asks for .85 and .85. Parsed alone, an earlier action listed
	 * again among the new ones ("##### Deliverables" in RSE-AUNZ 305) is raised: the ledger finds it is no new action.
	 */
	@Test
	void findsTheActionsRaised() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real minutes are not scored");
		TextMatches tally = new TextMatches();
		for (Path file : textFiles()) {
			tally.add(JSON.readTree(Files.readString(REAL.resolve("gold").resolve(baseName(file) + ".json"))), "actions", parse(file),
					ActionKind.RAISED);
		}
		assertThat(tally.precision()).as("action precision (%s)", tally).isGreaterThanOrEqualTo(0.85);
		assertThat(tally.recall()).as("action recall (%s)", tally).isGreaterThanOrEqualTo(0.86);
	}

	/**
	 * Earlier actions reported on over all the text files, matched as {@link #findsTheActionsRaised} matches: the floor
	 * is just under the level the parser reaches (.96 and .49; the scorer, after the ledger, precision .95, recall .52; issue 23 asks for more recall).
	 */
	@Test
	void findsTheActionsBroughtForward() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real minutes are not scored");
		TextMatches tally = new TextMatches();
		for (Path file : textFiles()) {
			tally.add(JSON.readTree(Files.readString(REAL.resolve("gold").resolve(baseName(file) + ".json"))), "brought_forward", parse(file),
					ActionKind.BROUGHT_FORWARD);
		}
		assertThat(tally.precision()).as("brought-forward precision (%s)", tally).isGreaterThanOrEqualTo(BROUGHT_FORWARD_PRECISION);
		assertThat(tally.recall()).as("brought-forward recall (%s)", tally).isGreaterThanOrEqualTo(BROUGHT_FORWARD_RECALL);
	}

	private static final double BROUGHT_FORWARD_PRECISION = 0.95;

	private static final double BROUGHT_FORWARD_RECALL = 0.48;

	/** Owners right among the matched actions raised, on the real text files: the level reached (scorer: 127 of 137). */
	private static final double OWNER_FLOOR = 0.90;

	/**
	 * Owners of the actions raised as {@code owner_names} gives them, against the answer's (or one of its accepted
	 * written forms) as the scorer compares them: the same people, no more; an answer that says the notes name no
	 * owner accepts anything.
	 */
	@Test
	void namesTheOwnersOfTheActionsRaised() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real owners are not scored");
		int right = 0;
		int matched = 0;
		StringBuilder misses = new StringBuilder();
		for (Matched m : matchedRaisedActions()) {
			List<String> names = m.found().owners().stream().map(o -> o.ownerName()).filter(n -> !n.isEmpty()).toList();
			List<String> codes = m.found().owners().stream().map(o -> o.role().name()).toList();
			matched++;
			if (ownerRight(m.answer(), names, codes)) {
				right++;
			}
			else {
				misses.append(m.file()).append(" owner ").append(m.answer().get("owners")).append(" got ").append(names)
					.append(": ").append(m.answer().get("text").asString()).append('\n');
			}
		}
		double accuracy = matched == 0 ? 0 : (double) right / matched;
		System.out.printf("real minutes, owners right %d/%d (%.2f)%n%s", right, matched, accuracy, misses);
		assertThat(accuracy).as("owner accuracy; misses:%n%s", misses).isGreaterThanOrEqualTo(OWNER_FLOOR);
	}

	/**
	 * Due dates right over the matched actions, as a fraction (the level reached: 15 of 19). Prose actions found
	 * since 14 of 17 bring dates written in the sentence before ("before 31st January 2024"), not all of them read.
	 * Then 17 of 20: the deadline of the sentence right before a prose commitment ("... before 31st January 2024. SW
	 * agreed that she would ...") and the owner's dated step on a summary action ("JC will draft by end of week" for
	 * "JC - Draft communications to current bands") are read. Now 18 of 20: a meeting named by the place the next
	 * meeting is held in ("the Berlin SC meeting"). Left: a deadline two paragraphs before the action, and one action
	 * matched to its neighbour's answer.
	 */
	private static final double DUE_FLOOR = 0.89;

	/**
	 * Due dates of the actions raised, over the matched actions that have one in the answer or in the output, as the
	 * scorer counts them: a month is right for any day in it, and a due date the notes never gave counts against.
	 */
	@Test
	void readsTheDueDatesOfTheActionsRaised() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the real due dates are not scored");
		int right = 0;
		int counted = 0;
		StringBuilder misses = new StringBuilder();
		for (Matched m : matchedRaisedActions()) {
			String g = m.answer().path("due").isString() ? m.answer().get("due").asString() : null;
			String d = m.found().due() == null ? null : m.found().due().toString();
			if (g == null && d == null) {
				continue;
			}
			counted++;
			if (g != null && d != null && d.startsWith(g.substring(0, 7)) && (g.length() == 7 || d.length() == 7 || d.equals(g))) {
				right++;
			}
			else {
				misses.append(m.file()).append(" due ").append(d).append(" (gold ").append(g).append("): ")
					.append(m.answer().get("text").asString()).append('\n');
			}
		}
		System.out.printf("real minutes, due dates right %d/%d%n%s", right, counted, misses);
		assertThat((double) right / counted).as("due dates right (%d of %d); misses:%n%s", right, counted, misses)
			.isGreaterThanOrEqualTo(DUE_FLOOR);
	}

	/** An action raised in the answer and the one the parser found for it, matched by wording as the scorer does. */
	private record Matched(String file, JsonNode answer, Action found) {
	}

	private static List<Matched> matchedRaisedActions() throws IOException {
		List<Matched> matched = new ArrayList<>();
		for (Path file : textFiles()) {
			JsonNode gold = JSON.readTree(Files.readString(REAL.resolve("gold").resolve(baseName(file) + ".json")));
			List<JsonNode> want = new ArrayList<>();
			gold.get("actions").forEach(want::add);
			List<Action> got = parse(file).actions().stream().filter(a -> a.kind() == ActionKind.RAISED).toList();
			for (GoldMatcher.Pair pair : GoldMatcher.match(want, a -> a.get("text").asString(), got, Action::text)) {
				matched.add(new Matched(baseName(file), want.get(pair.gold()), got.get(pair.found())));
			}
		}
		return matched;
	}

	private static boolean ownerRight(JsonNode answer, List<String> names, List<String> codes) {
		if (answer.has("owners_unknown") && answer.get("owners_unknown").asBoolean()) {
			return true;
		}
		List<List<String>> accepted = new ArrayList<>();
		accepted.add(strings(answer.get("owners")));
		if (answer.has("owners_alt")) {
			answer.get("owners_alt").forEach(alt -> accepted.add(strings(alt)));
		}
		return accepted.stream().anyMatch(want -> ownersMatch(want, names, codes));
	}

	private static boolean ownersMatch(List<String> want, List<String> names, List<String> codes) {
		List<String> people = want.stream().filter(w -> !CODES.contains(code(w))).toList();
		Set<String> wantCodes = new HashSet<>(want.stream().map(RealMinutesTests::code).filter(CODES::contains).toList());
		if (people.isEmpty() && wantCodes.isEmpty()) {
			return names.isEmpty() && codes.stream().allMatch(c -> c.equals("OTHER"));
		}
		if (!codes.containsAll(wantCodes) || names.size() > people.size() + wantCodes.size()) {
			return false;
		}
		List<String> unused = new ArrayList<>(names);
		for (String w : people) {
			String hit = unused.stream().filter(n -> samePerson(w, n)).findFirst().orElse(null);
			if (hit == null) {
				return false;
			}
			unused.remove(hit);
		}
		return true;
	}

	private static String code(String role) {
		return role.strip().toUpperCase(Locale.ROOT).replaceFirst("^(T/|ACTING\\s+|TEMPORARY\\s+)", "");
	}

	/** As the scorer compares names: without honorifics, dots, apostrophes or case; an initial matches its name. */
	private static boolean samePerson(String a, String b) {
		List<String> ta = personWords(a);
		List<String> tb = personWords(b);
		if (ta.isEmpty() || tb.isEmpty()) {
			return false;
		}
		if (ta.equals(tb) || String.join("", ta).equals(String.join("", tb))) {
			return true;
		}
		if (ta.size() == 1 || tb.size() == 1 || !ta.get(ta.size() - 1).equals(tb.get(tb.size() - 1))) {
			return false;
		}
		for (int i = 0; i < Math.min(ta.size(), tb.size()) - 1; i++) {
			String x = ta.get(i);
			String y = tb.get(i);
			if (!x.equals(y) && !(Math.min(x.length(), y.length()) == 1 && x.charAt(0) == y.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	private static final Pattern HONORIFIC = Pattern
		.compile("^(mr|mrs|ms|miss|mx|dr|prof|professor|cllr|councillor|sir|dame|rev|revd|the|our)\\b\\.?\\s*");

	private static List<String> personWords(String name) {
		String s = name.toLowerCase(Locale.ROOT).replaceAll("[’'`]", "").replaceAll("[.,()]", " ").strip();
		Matcher m = HONORIFIC.matcher(s);
		while (m.find()) {
			s = s.substring(m.end()).strip();
			m = HONORIFIC.matcher(s);
		}
		return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(n -> out.add(n.asString()));
		return out;
	}

	private static Meeting parse(Path file) throws IOException {
		String name = file.getFileName().toString();
		String text = Files.readString(file, StandardCharsets.UTF_8);
		return new MeetingParser().parse(name, new Normaliser().normalise(name, text)).meeting()
			.orElseThrow(() -> new AssertionError(name + " was rejected"));
	}

	/** The text files (the PDFs are the published-documents issue's) that have an answer. */
	private static List<Path> textFiles() throws IOException {
		try (Stream<Path> files = Files.list(REAL.resolve("inputs"))) {
			return files.filter(f -> !f.toString().endsWith(".pdf"))
				.filter(f -> Files.exists(REAL.resolve("gold").resolve(baseName(f) + ".json")))
				.sorted()
				.toList();
		}
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

}
