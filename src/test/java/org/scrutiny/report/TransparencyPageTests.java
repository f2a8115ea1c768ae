package org.scrutiny.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.report.ReportContent.Section;

/**
 * The web page prints what the notes say as text: markup in an action, a meeting's title or a role's name is shown,
 * never read as markup. Filled directly with a report's content, without a job run.
 */
class TransparencyPageTests {

	private static final String ACTION = "<b>x</b> & <script>";

	private static final LocalDate MEETING = LocalDate.of(2019, 3, 12);

	@Test
	void printsMarkupFromTheNotesAsText() {
		String html = new TransparencyPage().render(content());
		Document page = Jsoup.parse(html);

		assertThat(page.select("script, b, i, em")).isEmpty();
		assertThat(page.select("#agreed ~ div tbody span.lines").eachText()).containsExactly(ACTION);
		assertThat(page.select("#open ~ div tbody span.lines").eachText()).containsExactly(ACTION);
		assertThat(page.select("#meetings ~ div tbody td").eachText()).contains("Board</td><td>");
		assertThat(page.select("#roles ~ div tbody th").eachText()).containsExactly("<i>Chair</i>");
		assertThat(page.select("svg desc").text()).contains("<i>Chair</i> 1 raised");
		assertThat(page.select("#topics ~ div tbody th").eachText()).containsExactly("Victims & <em>witnesses</em>");
		assertThat(page.select(".history h3").eachText()).containsExactly(ACTION);
		assertThat(page.select(".history .update").eachText()).containsExactly(ACTION);
		assertThat(page.select("#agreed ~ div a.from .visually-hidden").eachText()).containsExactly("of: " + ACTION);
		assertThat(html).contains("&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;");
	}

	@Test
	void linksARowToTheMeetingItComesFromWhenThatMeetingIsOnThePage() {
		Document page = Jsoup.parse(new TransparencyPage().render(content()));

		assertThat(page.select("#meetings ~ div tbody tr").eachAttr("id")).containsExactly("meeting-2019-03-12");
		assertThat(page.select("#agreed ~ div a.from").eachAttr("href")).containsExactly("#meeting-2019-03-12", "#action-e1");
		assertThat(page.select("#action-e1 dd").eachText()).containsExactly("Chief Constable", "12 Mar 2019",
				"26 Mar 2019: Open " + ACTION, "Open, no due date", "19 days");
		// the open action was agreed at a meeting of an earlier month, not on this page, and has no history: no link
		assertThat(page.select("#open ~ div a")).isEmpty();
	}

	@Test
	void writesThePageAndItsStylesBesideEachOther(@TempDir Path folder) throws Exception {
		Path page = new TransparencyPage().write(content(), folder);

		assertThat(page).isEqualTo(folder.resolve("transparency").resolve("index.html"));
		assertThat(Files.readString(page)).contains("<link rel=\"stylesheet\" href=\"style.css\">");
		assertThat(Files.readString(folder.resolve("transparency").resolve("style.css"))).contains("@media print");
	}

	private static ReportContent content() {
		ReportContent report = ReportContent.of("TransparencyReport", TransparencyData.FILE_NAME);
		report.values().put("ReportTitle", "Holding the police to account");
		report.values().put("Body", "Monthly Assurance Meeting");
		report.values().put("PeriodLabel", "March 2019");
		report.values().put("AsAt", "31 Mar 2019");
		report.values().put("CoverNote", "Cover note.");
		report.values().put("AboutIntro", "About.");
		report.sections().put("KeyFigures", new Section("KeyFiguresSubreport",
				List.of(new Rows.Figure("Actions raised", "1", "agreed at meetings in March 2019")), "Figures."));
		report.sections().put("Meetings", new Section("MeetingsSubreport",
				List.of(new Rows.Meeting("12 Mar 2019", "Board</td><td>", "Chief Constable", "None", MEETING)),
				"One meeting was held in March 2019."));
		report.sections().put("ActionsRaised", new Section("ActionsRaisedSubreport",
				List.of(new Rows.Raised("1", ACTION, "Chief Constable", "Not set", MEETING, "e1")), "One action was agreed."));
		report.sections().put("Updates", new Section("UpdatesSubreport", List.of(), "No progress report."));
		report.sections().put("OpenLog", new Section("ActionLogSubreport",
				List.of(new Rows.Logged(ACTION, "Chief Constable", "Jan 2019", "70 days", "Not set", "Open, no due date",
						false, LocalDate.of(2019, 1, 2), "e2")),
				"One action is still open.", null));
		report.sections().put("RoleCounts", new Section("RoleCountsSubreport",
				List.of(new Rows.RoleCount("<i>Chair</i>", 1, 0, 1, 0)),
				Map.of("ChartAlt", "Bar chart of actions by role, in the period: <i>Chair</i> 1 raised, 0 closed, 1 open, 0 overdue."),
				"Per role."));
		Map<String, Object> columns = new HashMap<>();
		for (int i = 1; i <= TopicGrid.COLUMNS; i++) {
			columns.put("Meeting" + i, i == 1 ? "12 Mar 2019" : "");
		}
		report.sections().put("TopicGrid", new Section("TopicGridSubreport",
				List.of(new Rows.Topic("Victims & <em>witnesses</em>", "Yes", "", "", "", "", "", "1")), columns, "Topics."));
		// the agreed action has a history; the open one has none (say the public may not see its entry)
		report.values().put(TransparencyData.HISTORIES, List.of(new Rows.History("e1", ACTION, "Chief Constable",
				"12 Mar 2019", List.of(new Rows.Report("26 Mar 2019", "Open", ACTION)), "Open, no due date", "19 days")));
		report.sections().put("SilentDrops", new Section("ActionLogSubreport", List.of(), "Every action agreed has been reported on."));
		return report;
	}

}
