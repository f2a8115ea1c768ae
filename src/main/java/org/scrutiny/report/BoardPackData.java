package org.scrutiny.report;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.scrutiny.report.ReportContent.Section;
import org.scrutiny.report.ReportQueries.LedgerRow;
import org.scrutiny.report.ReportQueries.StoredMeeting;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the board pack holds for a period, read from the database alone: the cover, key figures (as analyseStep
 * stored them), the period's meetings, actions raised, brought-forward updates, the open-action log, per-role counts,
 * the topic grid, silent drops, and the data-quality annex. Names everyone and keeps marked material, flagged; every
 * action carries its source file and line.
 */
public final class BoardPackData {

	public static final String FILE_NAME = "board-pack.pdf";

	private static final String AGE = "Age is counted in days from the meeting that raised the action to the end of "
			+ "the period.";

	private final ReportQueries queries;

	public BoardPackData(JdbcClient jdbc) {
		this.queries = new ReportQueries(jdbc);
	}

	public ReportContent forPeriod(YearMonth period) {
		PeopleNames names = new PeopleNames(Audience.BOARD, List.of());
		PeriodSections sections = new PeriodSections(queries, Audience.BOARD, names, period);
		List<StoredMeeting> meetings = queries.meetingsIn(period, Audience.BOARD);
		List<StoredMeeting> toDate = queries.meetings(java.time.LocalDate.EPOCH, period.atEndOfMonth(), Audience.BOARD);
		List<LedgerRow> ledger = queries.ledger(period, Audience.BOARD);
		List<ReportQueries.RoleCount> counts = RoleFigures.stored(queries.roleCounts(period));

		ReportContent report = ReportContent.of("BoardPackReport", FILE_NAME);
		report.values().put("Body", body(meetings, toDate));
		report.values().put("PeriodLabel", sections.label());
		report.values().put("AsAt", period.atEndOfMonth().format(PeriodSections.DAY));
		int marked = queries.restrictedActions(period);
		List<String> files = queries.sourceFiles(period);
		report.values().put("CoverNote", "Source files (" + files.size() + "): " + String.join(", ", files)
				+ (marked == 0 ? "" : "\n" + new Intro("", "One action comes", "%d actions come").text(marked)
						+ " from protectively-marked material, shown as " + PeriodSections.NOT_FOR_PUBLICATION.strip()
						+ ". Do not publish this pack."));
		put(report, "KeyFigures", RoleFigures.keyFigures(RoleFigures.all(counts), RoleFigures.oldestOpen(ledger), names,
				period, "Every action counts once, whoever owns it; figures as analyseStep stored them for the period."));
		put(report, "Meetings", sections.meetings(meetings));
		put(report, "ActionsRaised", sections.raised(new Intro("No action was raised in the period.",
				"One action was raised, with its source file and line.",
				"%d actions were raised, in the order of the notes, each with its source file and line.")));
		put(report, "Updates", sections.updates(new Intro("No earlier action was reported on in the period.",
				"One action brought forward from an earlier meeting was reported on.",
				"%d actions brought forward from earlier meetings were reported on.")));
		put(report, "OpenLog", sections.openLog(ledger, new Intro("No action is open.",
				"One action is open; %2$d overdue (marked OVERDUE and in dark red). " + AGE,
				"%d actions are open, oldest first; %d overdue (marked OVERDUE and in dark red). " + AGE)));
		put(report, "RoleCounts", RoleFigures.section(counts, names, "Per owning role, for the period. An action with "
				+ "two owners counts for each; an acting holder's actions also count in a T/ row of their own."));
		put(report, "TopicGrid", TopicGrid.of(toDate, queries.mentions(period, Audience.BOARD),
				"%d topics came up at the latest %d meetings; Yes where a topic was discussed at that meeting."));
		put(report, "SilentDrops", sections.silentDrops(ledger, new Intro("No action was silently dropped.",
				"One action was raised at a meeting and never reported on at a later meeting of the same body.",
				"%d actions were raised at a meeting and never reported on at a later meeting of the same body.")));
		List<Rows.Reject> rejects = queries.rejects().stream()
			.map(r -> new Rows.Reject(r.sourceFile(), r.line() == 0 ? "whole file" : Integer.toString(r.line()), r.reason()))
			.toList();
		report.values().put("AnnexIntro", "Every action in this pack names its source file and line, so that each "
				+ "figure can be checked against the notes. Below: what could not be read, and actions without an owner.");
		put(report, "Rejects", new Section("RejectsSubreport", rejects, new Intro("Every file and line was read.",
				"One file or line could not be read.", "%d files or lines could not be read.").text(rejects.size())));
		put(report, "Unowned", sections.unowned(ledger));
		return report;
	}

	static String body(List<StoredMeeting> meetings, List<StoredMeeting> toDate) {
		List<StoredMeeting> source = meetings.isEmpty() ? toDate : meetings;
		String body = source.stream().map(StoredMeeting::body).distinct().collect(Collectors.joining(", "));
		return body.isEmpty() ? "No meetings stored" : body;
	}

	static void put(ReportContent report, String key, Section section) {
		report.sections().put(key, section);
	}

}
