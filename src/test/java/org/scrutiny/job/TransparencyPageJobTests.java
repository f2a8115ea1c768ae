package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.scrutiny.export.CsvColumns;

import org.springframework.batch.core.BatchStatus;

/**
 * The transparency web page as a reader and an accessibility reviewer check it: the job run on the sample notes for
 * March 2018, the page parsed with jsoup; its structure, its links, and its figures against the CSVs of the same run.
 */
class TransparencyPageJobTests extends SampleNotesJobTest {

	private static final String PERIOD = "2018-03";

	private Path page() throws Exception {
		assertThat(run(PERIOD).status()).isEqualTo(BatchStatus.COMPLETED);
		return output.resolve(PERIOD).resolve("transparency").resolve("index.html");
	}

	@Test
	void isOnePageOfWellOrderedHeadingsAndLabelledTablesWithNothingFromElsewhere() throws Exception {
		Path file = page();
		assertThat(file.resolveSibling("style.css")).isNotEmptyFile();
		Document page = Jsoup.parse(file.toFile());

		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").eachText()).containsExactly("Holding the police to account");
		int previous = 1;
		for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
			int level = heading.tagName().charAt(1) - '0';
			assertThat(level).as("heading '%s' after an h%d", heading.text(), previous).isLessThanOrEqualTo(previous + 1);
			previous = level;
		}
		// the contents list names every other h2 and leads to it
		List<String> sections = page.select("main h2").stream().filter(h -> !h.id().equals("contents")).map(Element::text).toList();
		assertThat(page.select("nav.contents a").eachText()).isEqualTo(sections);
		for (Element link : page.select("nav.contents a")) {
			assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
		}
		assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#content");
		assertThat(page.select("main#content")).hasSize(1);

		assertThat(page.select("table")).hasSizeGreaterThanOrEqualTo(7).allSatisfy(table -> {
			assertThat(table.select("caption").text()).isNotBlank();
			assertThat(table.select("thead th[scope=col]")).isNotEmpty();
		});
		Element chart = page.selectFirst("svg[role=img]");
		assertThat(chart).isNotNull();
		assertThat(chart.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
		assertThat(chart.select("title").text()).isNotBlank();
		assertThat(chart.select("desc").text()).startsWith("Bar chart of actions by role, in the period: ");

		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("[src]")).isEmpty();
		assertThat(page.select("[href]").eachAttr("href")).allSatisfy(
				href -> assertThat(href.startsWith("#") || href.equals("style.css")).as(href).isTrue());
	}

	@Test
	void linksEachActionToTheMeetingThatAgreedIt() throws Exception {
		Document page = Jsoup.parse(page().toFile());
		List<Element> meetings = page.select("#meetings ~ div tbody tr");
		assertThat(meetings).extracting(Element::id).containsExactly("meeting-2018-03-27");
		assertThat(page.select("#agreed ~ div tbody tr")).hasSize(12)
			.allSatisfy(row -> assertThat(row.select("a.from").attr("href")).isEqualTo("#meeting-2018-03-27"));
	}

	/**
	 * On a phone each row of a wide table is a block, each cell after its column's header taken from its
	 * {@code data-label}: every cell has the header of its own column there, and the table, its row groups, rows,
	 * headers and cells say what they are in ARIA roles, since display: block takes that from them in some browsers.
	 */
	@Test
	void labelsEveryCellOfAStackedTableWithItsColumnsHeaderAndKeepsItATable() throws Exception {
		Document page = Jsoup.parse(page().toFile());

		// all but the key figures, three short columns that fit a phone as a table
		assertThat(page.select("table:not(.stack) caption").eachText()).containsExactly("Key figures");
		List<Element> stacked = page.select("table.stack");
		assertThat(stacked).hasSize(7);
		for (Element table : stacked) {
			String caption = table.select("caption").text();
			assertThat(table.attr("role")).as(caption).isEqualTo("table");
			assertThat(table.attr("aria-labelledby")).as(caption).isEqualTo(table.select("caption").attr("id"));
			assertThat(table.select("thead, tbody").eachAttr("role")).as(caption).containsExactly("rowgroup", "rowgroup");
			assertThat(table.select("tr")).as(caption).allSatisfy(row -> assertThat(row.attr("role")).isEqualTo("row"));
			assertThat(table.select("th[scope=col]")).as(caption).allSatisfy(th -> assertThat(th.attr("role")).isEqualTo("columnheader"));
			assertThat(table.select("th[scope=row]")).as(caption).allSatisfy(th -> assertThat(th.attr("role")).isEqualTo("rowheader"));
			List<String> headers = table.select("thead th").eachText();
			assertThat(table.select("tbody tr")).as(caption).isNotEmpty().allSatisfy(row -> {
				List<Element> cells = row.children();
				for (int i = 0; i < cells.size(); i++) {
					Element cell = cells.get(i);
					if (cell.tagName().equals("td")) {
						assertThat(cell.attr("role")).isEqualTo("cell");
						assertThat(cell.attr("data-label")).as("%s: cell %d of '%s'", caption, i, row.text())
							.isNotBlank()
							.isEqualTo(headers.get(i));
					}
				}
			});
		}
	}

	@Test
	void showsTheFiguresOfTheCsvs() throws Exception {
		Document page = Jsoup.parse(page().toFile());
		List<Map<String, String>> counts = JobTestFiles.csvRows(output, PERIOD, CsvColumns.ROLE_COUNTS_CSV)
			.stream()
			.filter(r -> r.get("window").equals("period"))
			.toList();
		Map<String, String> all = counts.stream().filter(r -> r.get("role").equals("ALL")).findFirst().orElseThrow();

		Map<String, String> keyFigures = new java.util.HashMap<>();
		page.select("#figures ~ div tbody tr").forEach(r -> keyFigures.put(r.select("th").text(), r.select("td").first().text()));
		assertThat(keyFigures).containsEntry("Actions raised", all.get("raised"))
			.containsEntry("Actions closed", all.get("closed"))
			.containsEntry("Actions open", all.get("open"))
			.containsEntry("Actions overdue", all.get("overdue"));
		// the open actions listed are those carry-forward.csv says are open, as many as the figure says
		long open = JobTestFiles.csvRows(output, PERIOD, CsvColumns.CARRY_FORWARD_CSV)
			.stream()
			.filter(r -> r.get("status").equals("open"))
			.count();
		assertThat(page.select("#open ~ div tbody tr")).hasSize((int) open);
		assertThat(Long.toString(open)).isEqualTo(all.get("open"));

		// the table beside the chart: one row per role of role-counts.csv, in its order, with its figures
		List<List<String>> roles = page.select("#roles ~ div tbody tr").stream().map(r -> r.select("td").eachText()).toList();
		List<List<String>> csv = counts.stream()
			.filter(r -> !r.get("role").equals("ALL"))
			.map(r -> List.of(r.get("raised"), r.get("closed"), r.get("open"), r.get("overdue")))
			.toList();
		assertThat(roles).isEqualTo(csv);
		// and the chart draws those figures
		List<String> drawn = page.select("svg text.figure").eachText().stream().map(t -> t.split(" ")[0]).toList();
		assertThat(drawn).isEqualTo(csv.stream().flatMap(List::stream).toList());
	}

	/**
	 * An action agreed in February 2018 (notes not among the samples) and reported on in March: its history gives the
	 * month it was agreed in and the March report with the status and update of actions.csv, and its status and age as
	 * carry-forward.csv has them; an action agreed in March, that no later meeting reported on, says so.
	 */
	@Test
	void followsAnActionFromTheMeetingThatAgreedItThroughEachReport() throws Exception {
		Document page = Jsoup.parse(page().toFile());
		Map<String, String> entry = JobTestFiles.csvRows(output, PERIOD, CsvColumns.CARRY_FORWARD_CSV)
			.stream()
			.filter(r -> r.get("text").contains("SRP governance model"))
			.findFirst()
			.orElseThrow();
		Map<String, String> report = JobTestFiles.csvRows(output, PERIOD, CsvColumns.ACTIONS_CSV)
			.stream()
			.filter(r -> r.get("kind").equals("brought_forward") && r.get("text").equals(entry.get("text")))
			.findFirst()
			.orElseThrow();
		assertThat(report).containsEntry("status", "open").containsEntry("update", "Ongoing");

		Element history = page.getElementById("action-" + entry.get("action_id"));
		assertThat(history).isNotNull();
		assertThat(history.select("h3").text()).isEqualTo(entry.get("text"));
		assertThat(history.select("dt").eachText()).containsExactly("Owner", "Agreed", "Reports", "Status", "Age");
		assertThat(history.select("dd").eachText()).containsExactly("Chief Executive",
				"Feb 2018 (the notes of that meeting were not read)", "27 Mar 2018: Open Ongoing",
				"Open, no due date", entry.get("age_days") + " days");
		assertThat(history.select("ol.reports li .report").eachText()).containsExactly("27 Mar 2018: Open");
		assertThat(history.select("ol.reports li .update").eachText()).containsExactly(report.get("update"));
		// the row of "Progress on earlier actions" leads to it
		assertThat(page.select("#progress ~ div a[href=#action-" + entry.get("action_id") + "]").text())
			.startsWith("History of: The CEx to work with the Head");

		Element agreed = page.getElementById("action-" + page.select("#agreed ~ div tbody tr").first()
			.select("a[href^=#action-]").attr("href").substring("#action-".length()));
		assertThat(agreed.select("dd").eachText()).element(1).isEqualTo("27 Mar 2018");
		assertThat(agreed.select("dd").eachText()).element(2).isEqualTo("None at a later meeting");
	}

	/** Every action row of the four action tables leads to a history on the page, and each history is led to. */
	@Test
	void everyActionRowLinksToItsHistory() throws Exception {
		assertHistoriesLinked(Jsoup.parse(page().toFile()));
	}

	/**
	 * The month of the note with a protectively-marked section: no history holds, or reports, a restricted action
	 * (the actions.csv of the same run flags them), and every link still leads to one.
	 */
	@Test
	void showsNoRestrictedActionInAHistory() throws Exception {
		Files.copy(Path.of(getClass().getResource("/marked/pab-marked-section.txt").toURI()),
				input.resolve("pab-marked-section.txt"));
		String period = "2020-11";
		assertThat(run(period).status()).isEqualTo(BatchStatus.COMPLETED);
		Document page = Jsoup.parse(output.resolve(period).resolve("transparency").resolve("index.html").toFile());
		List<Map<String, String>> restricted = JobTestFiles.csvRows(output, period, CsvColumns.ACTIONS_CSV)
			.stream()
			.filter(r -> r.get("restricted").equals("true"))
			.toList();
		assertThat(restricted).isNotEmpty();
		String histories = page.select(".history").text();
		assertThat(page.select(".history")).isNotEmpty();
		for (Map<String, String> action : restricted) {
			assertThat(page.text()).doesNotContain(action.get("text"));
			assertThat(page.select("[id=action-" + action.get("action_id") + "]")).isEmpty();
			if (!action.get("update").isBlank()) {
				assertThat(histories).doesNotContain(action.get("update"));
			}
		}
		assertHistoriesLinked(page);
	}

	private static void assertHistoriesLinked(Document page) {
		List<Element> rows = page.select("#agreed ~ div tbody tr, #progress ~ div tbody tr, #open ~ div tbody tr, "
				+ "#not-followed-up ~ div tbody tr");
		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row.select("a[href^=#action-]")).as(row.text()).hasSize(1));
		List<String> targets = page.select("a[href^=#action-]").eachAttr("href");
		for (String href : targets) {
			Element history = page.getElementById(href.substring(1));
			assertThat(history).as(href).isNotNull();
			assertThat(history.hasClass("history")).as(href).isTrue();
		}
		assertThat(page.select(".history").eachAttr("id")).allSatisfy(id -> assertThat(targets).contains("#" + id))
			.doesNotHaveDuplicates();
		assertThat(page.select("a[href^=#action-] .visually-hidden").eachText()).hasSameSizeAs(targets)
			.allSatisfy(name -> assertThat(name).startsWith("of: ").hasSizeGreaterThan("of: ".length()));
	}

	@Test
	void aRerunWritesTheSameBytes() throws Exception {
		byte[] first = Files.readAllBytes(page());
		assertThat(run(PERIOD).status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(Files.readAllBytes(output.resolve(PERIOD).resolve("transparency").resolve("index.html"))).isEqualTo(first);
		assertThat(output.resolve(PERIOD).resolve("transparency")).isDirectoryNotContaining("glob:**.partial");
	}

}
