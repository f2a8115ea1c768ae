package org.scrutiny.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.scrutiny.report.ReportQueries.LedgerFigures;
import org.scrutiny.report.ReportQueries.LedgerRow;
import org.scrutiny.report.ReportQueries.RoleCount;
import org.scrutiny.report.ReportQueries.StoredMeeting;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the public transparency report holds for a period: the board pack's figures in plain language, with nothing
 * from protectively-marked material (no wholly-marked meeting, no restricted action, ledger entry or topic mention),
 * chief officers by name and other staff by role, and the figures counted from what may be shown. Like the board
 * pack, its open actions and actions not followed up stop at the {@link RowCap}, saying how many more there are.
 */
public final class TransparencyData {

	public static final String FILE_NAME = "transparency-report.pdf";

	private static final String AGE = "Age is the number of days since the meeting that agreed the action.";

	/** The value holding the {@link Rows.History histories} of the actions the sections show. */
	static final String HISTORIES = "Histories";

	private final ReportQueries queries;

	private final RowCap cap;

	public TransparencyData(JdbcClient jdbc, RowCap cap) {
		this.queries = new ReportQueries(jdbc);
		this.cap = cap;
	}

	public TransparencyData(JdbcClient jdbc) {
		this(jdbc, RowCap.byDefault());
	}

	public ReportContent forPeriod(YearMonth period) {
		PeopleNames names = new PeopleNames(Audience.PUBLIC, queries.staffBelowChiefOfficer());
		PeriodSections sections = new PeriodSections(queries, Audience.PUBLIC, names, period, cap);
		List<StoredMeeting> meetings = queries.meetingsIn(period, Audience.PUBLIC);
		LedgerFigures figures = queries.ledgerFigures(period, Audience.PUBLIC);
		List<LedgerRow> oldestOpen = sections.oldestOpen();
		List<RoleCount> counts = RoleFigures.counted(queries.ownersTallies(period, Audience.PUBLIC));

		PublicWording wording = PublicWording.of(queries.listsPoliceRoles(period));
		ReportContent report = ReportContent.of("TransparencyReport", FILE_NAME);
		report.values().put("ReportTitle", wording.title());
		report.values().put("Body", BoardPackData.body(queries, meetings, period, Audience.PUBLIC));
		report.values().put("PeriodLabel", sections.label());
		report.values().put("AsAt", period.atEndOfMonth().format(PeriodSections.DAY));
		report.values().put("CoverNote", wording.coverNote());
		BoardPackData.put(report, "KeyFigures", RoleFigures.keyFigures(RoleFigures.all(counts),
				oldestOpen.stream().findFirst(), names, period,
				"Each action counts once, whoever is responsible for it."));
		BoardPackData.put(report, "Meetings", sections.meetings(meetings));
		BoardPackData.put(report, "ActionsRaised", sections.raised(new Intro(
				"No new actions were agreed this month.", "One action was agreed this month.",
				"%,d actions were agreed this month.")));
		BoardPackData.put(report, "Updates", sections.updates(new Intro(
				"There was no progress report on earlier actions this month.",
				"One action agreed at an earlier meeting was reported on.",
				"%,d actions agreed at earlier meetings were reported on.")));
		BoardPackData.put(report, "OpenLog", sections.openLog(oldestOpen, figures, new Intro(
				"Every action has been done.", "One action is still open; %2$d overdue (its due date has passed). " + AGE,
				"%,d actions are still open, oldest first; %,d overdue (their due date has passed). " + AGE),
				new CutListNote("oldest", "open actions", wording.fullLog())));
		BoardPackData.put(report, "RoleCounts", RoleFigures.section(counts, names, "How many actions each role is "
				+ "responsible for. An action shared by two roles counts for both."));
		List<StoredMeeting> latest = queries.latestMeetings(period, Audience.PUBLIC, TopicGrid.COLUMNS, meetings);
		BoardPackData.put(report, "TopicGrid", TopicGrid.of(latest, queries.mentions(latest, Audience.PUBLIC),
				"%d topics came up at the latest %d meetings. Yes means the topic was discussed at that meeting."));
		BoardPackData.put(report, "SilentDrops", sections.silentDrops(figures, new Intro(
				"Every action agreed has been reported on at a later meeting, or is new.",
				"One action was agreed but not mentioned again at any later meeting.",
				"%,d actions were agreed but not mentioned again at any later meeting."),
				new CutListNote("oldest", "actions not followed up", wording.fullLog())));
		// the web page's histories of the actions its tables show (the PDF has no use for them)
		report.values().put(HISTORIES, sections.histories(ledgerIds(report, "ActionsRaised", "Updates", "OpenLog",
				"SilentDrops")));
		report.values().put("AboutIntro", "This report is made from the published notes of the meetings. "
				+ wording.whoIsNamed() + " Anything the notes mark as not for publication (OFFICIAL-SENSITIVE, RESTRICTED, "
				+ "CONFIDENTIAL) is left out, and the figures count only what is shown here.");
		return report;
	}

	/** The ledger entries of the given sections' rows, in the order they are shown; an action twice is there twice. */
	private static List<String> ledgerIds(ReportContent report, String... sections) {
		List<String> ids = new ArrayList<>();
		for (String section : sections) {
			for (Record row : report.sections().get(section).rows()) {
				if (row instanceof Rows.OfAction action && action.ledgerId() != null) {
					ids.add(action.ledgerId());
				}
			}
		}
		return ids;
	}

}
