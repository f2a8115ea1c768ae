package org.scrutiny.report;

import java.time.YearMonth;
import java.util.List;

import org.scrutiny.export.CsvColumns;
import org.scrutiny.report.ReportContent.Section;
import org.scrutiny.report.ReportQueries.LedgerFigures;
import org.scrutiny.report.ReportQueries.LedgerRow;
import org.scrutiny.report.ReportQueries.StoredMeeting;
import org.scrutiny.store.UnlinkedUpdates;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the board pack holds for a period, read from the database alone: the cover, key figures (as the analysis
 * stored them), the period's meetings, actions raised, brought-forward updates, the open-action log, per-role counts,
 * the topic grid, silent drops, and the data-quality annex. Names everyone and keeps marked material, flagged; every
 * action carries its source file and line. The lists that grow with the store (open actions, silent drops, rejects,
 * actions without an owner) stop at the {@link RowCap} and name the CSV beside the pack that has them all.
 */
public final class BoardPackData {

	public static final String FILE_NAME = "board-pack.pdf";

	private static final String AGE = "Age is counted in days from the meeting that raised the action to the end of "
			+ "the period.";

	/** Where a cut list's other rows are, after "The other N are in ". */
	private static final String BESIDE_THE_PACK = ", in the same folder as this pack";

	private static final CutListNote OPEN_LOG_CUT = new CutListNote("oldest", "open actions",
			CsvColumns.CARRY_FORWARD_CSV + BESIDE_THE_PACK + ", which lists every action oldest first; open ones have "
					+ "the status open");

	private static final CutListNote SILENT_DROPS_CUT = new CutListNote("oldest", "silently dropped actions",
			CsvColumns.CARRY_FORWARD_CSV + BESIDE_THE_PACK + ", where their silent_drop column says true");

	private static final CutListNote UNOWNED_CUT = new CutListNote("oldest", "actions without an owner",
			CsvColumns.CARRY_FORWARD_CSV + BESIDE_THE_PACK + ", where their owners column is empty");

	private static final CutListNote REJECTS_CUT = new CutListNote("first", "files and lines not read (in file name order)",
			CsvColumns.REJECTS_CSV + BESIDE_THE_PACK);

	private static final CutListNote UNLINKED_CUT = new CutListNote("first", "updates linked to no action (in file name order)",
			CsvColumns.REJECTS_CSV + BESIDE_THE_PACK);

	/**
	 * The body label is the subtitle, every page's footer and the PDF's title (which a screen reader reads first): the
	 * 82 names of a national store's month would fill the cover and run out of the footer. The meetings table names
	 * every body of the period.
	 */
	private static final int BODIES_NAMED = 3;

	private final ReportQueries queries;

	private final RowCap cap;

	public BoardPackData(JdbcClient jdbc, RowCap cap) {
		this.queries = new ReportQueries(jdbc);
		this.cap = cap;
	}

	public BoardPackData(JdbcClient jdbc) {
		this(jdbc, RowCap.byDefault());
	}

	public ReportContent forPeriod(YearMonth period) {
		PeopleNames names = new PeopleNames(Audience.BOARD, List.of());
		PeriodSections sections = new PeriodSections(queries, Audience.BOARD, names, period, cap);
		List<StoredMeeting> meetings = queries.meetingsIn(period, Audience.BOARD);
		LedgerFigures figures = queries.ledgerFigures(period, Audience.BOARD);
		List<LedgerRow> oldestOpen = sections.oldestOpen();
		List<ReportQueries.RoleCount> counts = RoleFigures.stored(queries.roleCounts(period));

		ReportContent report = ReportContent.of("BoardPackReport", FILE_NAME);
		report.values().put("Body", body(queries, meetings, period, Audience.BOARD));
		report.values().put("PeriodLabel", sections.label());
		report.values().put("AsAt", period.atEndOfMonth().format(PeriodSections.DAY));
		int marked = queries.restrictedActions(period);
		report.values().put("CoverNote", coverNote(period)
				+ (marked == 0 ? "" : "\n" + new Intro("", "One action comes", "%d actions come").text(marked)
						+ " from protectively-marked material, shown as " + PeriodSections.NOT_FOR_PUBLICATION.strip()
						+ ". Do not publish this pack."));
		put(report, "KeyFigures", RoleFigures.keyFigures(RoleFigures.all(counts),
				oldestOpen.stream().findFirst(), names, period,
				"Every action counts once, whoever owns it; counted at the end of the period."));
		put(report, "Meetings", sections.meetings(meetings));
		put(report, "ActionsRaised", sections.raised(new Intro("No action was raised in the period.",
				"One action was raised, with its source file and line.",
				"%,d actions were raised, in the order of the notes, each with its source file and line.")));
		put(report, "Updates", sections.updates(new Intro("No earlier action was reported on in the period.",
				"One action brought forward from an earlier meeting was reported on.",
				"%,d actions brought forward from earlier meetings were reported on.")));
		put(report, "OpenLog", sections.openLog(oldestOpen, figures, new Intro("No action is open.",
				"One action is open; %2$d overdue (marked OVERDUE and in dark red). " + AGE,
				"%,d actions are open, oldest first; %,d overdue (marked OVERDUE and in dark red). " + AGE), OPEN_LOG_CUT));
		put(report, "RoleCounts", RoleFigures.section(counts, names, "Per owning role, for the period. An action with "
				+ "two owners counts for each; an acting holder's actions also count in a T/ row of their own."));
		List<StoredMeeting> latest = queries.latestMeetings(period, Audience.BOARD, TopicGrid.COLUMNS, meetings);
		put(report, "TopicGrid", TopicGrid.of(latest, queries.mentions(latest, Audience.BOARD),
				"%d topics came up at the latest %d meetings; Yes where a topic was discussed at that meeting."));
		put(report, "SilentDrops", sections.silentDrops(figures, new Intro("No action was silently dropped.",
				"One action was raised at a meeting and never reported on at a later meeting of the same body.",
				"%,d actions were raised at a meeting and never reported on at a later meeting of the same body."),
				SILENT_DROPS_CUT));
		report.values().put("AnnexIntro", "Every action in this pack names the meeting and the line of its notes it "
				+ "comes from, so that each figure can be checked against the notes. Below: what could not be read, updates "
				+ "linked to no action, actions without an owner, the acronyms the actions use, and the files the notes "
				+ "were read from.");
		put(report, "Rejects", rejects());
		put(report, "Unlinked", unlinked());
		put(report, "Unowned", sections.unowned(figures, UNOWNED_CUT));
		// last: the acronyms and the meetings every section above printed and cited
		put(report, "Glossary", sections.glossary());
		put(report, "Sources", sections.sources());
		return report;
	}

	/**
	 * The period's source files, and how many are stored in all (every meeting up to the period's end, as in
	 * meetings.csv): the period's list grows with the month, the store's with the years.
	 */
	private String coverNote(YearMonth period) {
		List<String> files = queries.sourceFilesIn(period);
		int stored = queries.storedMeetings(period);
		String ofThePeriod = files.isEmpty() ? "No source file for " + period.format(PeriodSections.LONG_MONTH) + "."
				: "Source files of " + period.format(PeriodSections.LONG_MONTH) + " (" + files.size() + "): "
						+ String.join(", ", files) + ".";
		return ofThePeriod + " " + new Intro("No source file is stored", "One source file is stored",
				"%,d source files are stored").text(stored) + " up to " + period.atEndOfMonth().format(PeriodSections.DAY)
				+ ", each listed in " + CsvColumns.MEETINGS_CSV + ".";
	}

	/**
	 * Annex: the updates written as prose that name no action and match none the ledger holds ("Matters arising"
	 * paragraphs on matters never minuted as actions), the first by file name, at most the cap.
	 */
	private Section unlinked() {
		List<Rows.Reject> rows = queries.unlinked(cap.maxRows()).stream()
			// the heading says what they are: each row quotes its paragraph
			.map(r -> new Rows.Reject(r.sourceFile(), Integer.toString(r.line()), quoted(r.reason())))
			.toList();
		int total = queries.unlinkedCount();
		return new Section("RejectsSubreport", rows,
				new Intro("Every update on an earlier action was linked to the action it reports on.",
				"One update names no action and matches none the ledger holds.",
				"%,d updates name no action and match none the ledger holds: each is listed for a person to read.").text(total),
				UNLINKED_CUT.text(rows.size(), total));
	}

	/** The paragraph a row of unlinked updates quotes, marked as cut short where it was. */
	private static String quoted(String reason) {
		String words = reason.substring(UnlinkedUpdates.REASON.length());
		return "\u201c" + words + (words.length() >= UnlinkedUpdates.QUOTED ? "\u2026" : "") + "\u201d";
	}

	/** Annex: the files and lines not read, the first by file name, at most the cap. */
	private Section rejects() {
		List<Rows.Reject> rows = queries.rejects(cap.maxRows()).stream()
			.map(r -> new Rows.Reject(r.sourceFile(), r.line() == 0 ? "whole file" : Integer.toString(r.line()), r.reason()))
			.toList();
		int total = queries.rejectCount();
		return new Section("RejectsSubreport", rows, new Intro("Every file and line was read.",
				"One file or line could not be read.", "%,d files or lines could not be read.").text(total),
				REJECTS_CUT.text(rows.size(), total));
	}

	/**
	 * The bodies of the period's meetings; with none in the period, those of every meeting up to its end. Named up to
	 * {@value #BODIES_NAMED}, else counted ("82 bodies").
	 */
	static String body(ReportQueries queries, List<StoredMeeting> meetings, YearMonth period, Audience audience) {
		List<String> bodies = meetings.isEmpty() ? queries.bodies(period, audience)
				: meetings.stream().map(StoredMeeting::body).distinct().toList();
		if (bodies.isEmpty()) {
			return "No meetings stored";
		}
		return bodies.size() > BODIES_NAMED ? PeriodSections.number(bodies.size()) + " bodies" : String.join(", ", bodies);
	}

	static void put(ReportContent report, String key, Section section) {
		report.sections().put(key, section);
	}

}
