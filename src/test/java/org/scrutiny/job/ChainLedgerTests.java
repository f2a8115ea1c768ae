package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.export.CsvColumns;
import org.scrutiny.parse.GoldMatcher;

import org.springframework.batch.core.BatchStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger of each chain of consecutive meetings in ../shared/real, as a board member reads it in carry-forward.csv:
 * for every action of the chain that a later meeting of it reported on (by the hand-read gold), the row of that action
 * says whether it is still open, through how many meetings it was carried, on which meeting it closed and so how many
 * days it took. Skipped, with a message, where ../shared is not beside the project.
 * <p>
 * Issue 23 asks for every history of every chain right; each chain here holds at least the histories it had right when
 * written (docs/extraction.md lists what the others miss), so that a change that breaks a history fails. Two chains
 * are not held yet, as none of their histories is right: the Local Public Data Panel's (104-106), whose updates are
 * sentences inside the minutes of the next meeting, and Software Carpentry's (309-310), reported on in each officer's
 * updates.
 */
class ChainLedgerTests extends SampleNotesJobTest {

	private static final Path REAL = Path.of("..", "shared", "real");

	/** A gold report on an earlier action links to it where their wordings are this alike (the ledger's own words differ). */
	private static final double SAME_ACTION = 0.3;

	/** carry-forward.csv of one run over every text file of ../shared/real: bodies never link to each other. */
	private static List<Map<String, String>> carried;

	@BeforeEach
	void runTheJobOnTheRealTextFiles() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("inputs")),
				"../shared/real is not beside the project: the chains' ledgers are not checked");
		if (carried != null) {
			return;
		}
		input = Files.createDirectories(folder.resolve("real"));
		try (Stream<Path> files = Files.list(REAL.resolve("inputs"))) {
			for (Path file : files.filter(f -> !f.toString().endsWith(".pdf")).toList()) {
				Files.copy(file, input.resolve(file.getFileName()));
			}
		}
		assertThat(run(null).status()).isEqualTo(BatchStatus.COMPLETED);
		String period;
		try (Stream<Path> periods = Files.list(output)) {
			period = periods.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
		}
		carried = JobTestFiles.csvRows(output, period, CsvColumns.CARRY_FORWARD_CSV);
	}

	@ParameterizedTest(name = "{0}: at least {2} of its histories right")
	@CsvSource(delimiter = '|', textBlock = """
			# chain (the files' numbers, in meeting order) | body                                   | histories right, at least
			100 101 102 103                                | Crime and Justice Transparency Panel   | 23
			107 108 109                                    | Senior Officials' Group                | 6
			110 111 112                                    | Yorkshire Imaging Collaborative        | 6
			203 200 201 202                                | Ayton Community Council                | 8
			204 205 206                                    | Govan Community Council                | 3
			300 301 302 303                                | ICAT Steering Group                    | 18
			304 305 306                                    | RSE-AUNZ Steering Committee            | 4
			307 308                                        | Perth Artifactory                      | 5
			""")
	void eachActionReportedOnLaterInTheChainHasItsHistory(String chain, String body, int atLeast) throws Exception {
		List<JsonNode> meetings = new ArrayList<>();
		for (String number : chain.trim().split("\\s+")) {
			meetings.add(gold(number));
		}
		List<History> wanted = histories(meetings);
		Map<History, Map<String, String>> rows = rowsOf(wanted);
		List<String> wrong = new ArrayList<>();
		int right = 0;
		for (History history : wanted) {
			Map<String, String> row = rows.get(history);
			if (row != null && history.matches(row)) {
				right++;
				continue;
			}
			wrong.add(history + " -> " + (row == null ? "no row" : row.get("status") + ", carried " + row.get("meetings_carried")
					+ ", closed " + row.get("closed_on") + ", " + row.get("age_days") + " days"));
		}
		assertThat(right).as("%s: %d of %d histories right; wrong:%n%s", body, right, wanted.size(), String.join("\n", wrong))
			.isGreaterThanOrEqualTo(atLeast);
	}

	/** One action of the chain as the gold tells it: raised, reported on at later meetings, perhaps closed. */
	private record History(String text, LocalDate raisedOn, List<LocalDate> reports, LocalDate closedOn) {

		String status() {
			return closedOn == null ? "open" : "closed";
		}

		/** Meetings that reported on it, up to the one that closed it. */
		int meetingsCarried() {
			return closedOn == null ? reports.size() : reports.indexOf(closedOn) + 1;
		}

		boolean matches(Map<String, String> row) {
			boolean closed = closedOn != null;
			return row.get("status").equals(status()) && Integer.parseInt(row.get("meetings_carried")) == meetingsCarried()
					&& row.get("closed_on").equals(closed ? closedOn.toString() : "")
					&& (!closed || Long.parseLong(row.get("age_days")) == ChronoUnit.DAYS.between(raisedOn, closedOn));
		}

		@Override
		public String toString() {
			return "\"" + text + "\" (" + raisedOn + "): " + status() + ", carried " + meetingsCarried() + ", closed "
					+ (closedOn == null ? "-" : closedOn);
		}
	}

	/**
	 * The actions raised in the chain that a later meeting of it reports on: each gold report names the month that raised
	 * its action, and is linked to the action of that meeting it words most alike.
	 */
	private static List<History> histories(List<JsonNode> meetings) {
		Map<JsonNode, List<LocalDate>> reports = new LinkedHashMap<>();
		Map<JsonNode, LocalDate> closed = new LinkedHashMap<>();
		Map<JsonNode, LocalDate> raised = new LinkedHashMap<>();
		for (int later = 1; later < meetings.size(); later++) {
			LocalDate reportedOn = LocalDate.parse(meetings.get(later).get("meeting_date").asString());
			for (JsonNode report : meetings.get(later).get("brought_forward")) {
				String from = report.path("from").asString("");
				for (int earlier = 0; earlier < later && !from.isEmpty(); earlier++) {
					LocalDate raisedOn = LocalDate.parse(meetings.get(earlier).get("meeting_date").asString());
					if (!YearMonth.from(raisedOn).toString().equals(from)) {
						continue;
					}
					JsonNode action = mostAlike(meetings.get(earlier).get("actions"), report.get("text").asString());
					if (action != null) {
						raised.put(action, raisedOn);
						reports.computeIfAbsent(action, a -> new ArrayList<>()).add(reportedOn);
						if (report.get("status").asString().equals("closed")) {
							closed.putIfAbsent(action, reportedOn);
						}
					}
				}
			}
		}
		return reports.entrySet().stream()
			.map(e -> new History(e.getKey().get("text").asString(), raised.get(e.getKey()), e.getValue(), closed.get(e.getKey())))
			.toList();
	}

	private static JsonNode mostAlike(JsonNode actions, String text) {
		JsonNode best = null;
		double bestSimilarity = GoldMatcher.THRESHOLD;
		for (JsonNode action : actions) {
			double similarity = GoldMatcher.similarity(action.get("text").asString(), text);
			if (similarity >= bestSimilarity) {
				best = action;
				bestSimilarity = similarity;
			}
		}
		return best;
	}

	/**
	 * The carry-forward row of each action: raised in its month, worded alike, the most alike pairs first and each row
	 * once (the ledger words an action as the notes did, the gold as a reader restates it).
	 */
	private static Map<History, Map<String, String>> rowsOf(List<History> histories) {
		record Pair(History history, Map<String, String> row, double similarity) {
		}
		List<Pair> pairs = new ArrayList<>();
		for (History history : histories) {
			for (Map<String, String> row : carried) {
				if (row.get("raised_in").equals(YearMonth.from(history.raisedOn()).toString())) {
					double similarity = GoldMatcher.similarity(row.get("text"), history.text());
					if (similarity >= SAME_ACTION) {
						pairs.add(new Pair(history, row, similarity));
					}
				}
			}
		}
		pairs.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
		Map<History, Map<String, String>> rows = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		for (Pair pair : pairs) {
			if (!rows.containsKey(pair.history()) && taken.add(pair.row().get("action_id"))) {
				rows.put(pair.history(), pair.row());
			}
		}
		return rows;
	}

	private static JsonNode gold(String number) throws Exception {
		try (Stream<Path> files = Files.list(REAL.resolve("gold"))) {
			Path file = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
			return JsonMapper.builder().build().readTree(file.toFile());
		}
	}

}
