package org.scrutiny.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.scrutiny.model.Due;
import org.scrutiny.report.ReportContent.Section;
import org.scrutiny.report.ReportQueries.HistoryRow;
import org.scrutiny.report.ReportQueries.LedgerFigures;
import org.scrutiny.report.ReportQueries.LedgerRow;
import org.scrutiny.report.ReportQueries.StoredAction;
import org.scrutiny.report.ReportQueries.StoredAttendee;
import org.scrutiny.report.ReportQueries.StoredMeeting;

/**
 * The sections both reports share, for one period and audience: the meetings, the actions raised, the brought-forward
 * updates, the action logs. Topics and role counts are in {@link TopicGrid} and {@link RoleFigures}. The period's own
 * lists are printed whole; the action logs, which grow with the store, stop at the {@link RowCap}.
 */
final class PeriodSections {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** After the month an action was agreed in, where it is known only from a later meeting's report on it. */
	static final String NOTES_NOT_READ = " (the notes of that meeting were not read)";

	/** Prefix of a board pack row taken from protectively-marked material. */
	static final String NOT_FOR_PUBLICATION = "[NOT FOR PUBLICATION] ";

	private final ReportQueries queries;

	private final Audience audience;

	private final PeopleNames names;

	private final YearMonth period;

	private final RowCap cap;

	/** A meeting a row cites. */
	private record Cited(LocalDate date, String file) {
	}

	/** What the glossary says of an acronym the notes use but never spell out. */
	static final String NOT_SPELT_OUT = "Not spelt out in the notes";

	/** The acronyms the board pack's rows print, for its glossary ({@link #glossary}). */
	private final SortedSet<String> acronyms = new TreeSet<>();

	/** The meetings the board pack's rows made so far cite, by date then file: its last annex ({@link #sources}). */
	private final SortedSet<Cited> cited = new TreeSet<>(Comparator.comparing(Cited::date).thenComparing(Cited::file));

	PeriodSections(ReportQueries queries, Audience audience, PeopleNames names, YearMonth period, RowCap cap) {
		this.queries = queries;
		this.audience = audience;
		this.names = names;
		this.period = period;
		this.cap = cap;
	}

	Section meetings(List<StoredMeeting> meetings) {
		List<Rows.Meeting> rows = meetings.stream().map(this::meeting).toList();
		String intro = rows.isEmpty() ? "No meeting was held in " + label() + "."
				: rows.size() == 1 ? "One meeting was held in " + label() + "."
						: rows.size() + " meetings were held in " + label() + ".";
		return new Section("MeetingsSubreport", rows, intro);
	}

	Section raised(Intro intro) {
		List<StoredAction> actions = queries.actionsIn(period, "RAISED", audience);
		List<Rows.Raised> rows = new ArrayList<>();
		for (StoredAction a : actions) {
			rows.add(new Rows.Raised(Integer.toString(rows.size() + 1), marked(a.restricted()) + printed(names.text(a.text()))
					+ source(a.sourceFile(), a.meetingDate(), a.sourcePage(), a.sourceLine()), names.owners(a.owners()), due(a.due()),
					a.meetingDate(), a.actionId()));
		}
		return new Section("ActionsRaisedSubreport", rows, intro.text(rows.size()));
	}

	Section updates(Intro intro) {
		List<StoredAction> actions = queries.actionsIn(period, "BROUGHT_FORWARD", audience);
		List<Rows.Update> rows = actions.stream()
			.map(a -> new Rows.Update(marked(a.restricted()) + printed(names.text(a.text())) + source(a.sourceFile(), a.meetingDate(), a.sourcePage(), a.sourceLine()),
					names.owners(a.owners()), a.raisedIn() == null ? "" : YearMonth.parse(a.raisedIn()).format(MONTH),
					printed(names.text(a.update())), a.open() ? "Open" : "Closed", a.meetingDate(), a.ledgerId()))
			.toList();
		return new Section("UpdatesSubreport", rows, intro.text(rows.size()));
	}

	/** The oldest open actions, at most the cap: the open-action log's rows, and its first the key figure's. */
	List<LedgerRow> oldestOpen() {
		return queries.openActions(period, audience, cap.maxRows());
	}

	/** The open-action log: the oldest open actions; the intro's figures (open, overdue) counted by the database. */
	Section openLog(List<LedgerRow> oldestOpen, LedgerFigures figures, Intro intro, CutListNote cut) {
		List<Rows.Logged> rows = logged(oldestOpen);
		return new Section("ActionLogSubreport", rows, intro.text(figures.open(), figures.overdue()),
				cut.text(rows.size(), figures.open()));
	}

	/** The oldest silent drops, at most the cap. */
	Section silentDrops(LedgerFigures figures, Intro intro, CutListNote cut) {
		List<Rows.Logged> rows = logged(queries.silentDrops(period, audience, cap.maxRows()));
		return new Section("ActionLogSubreport", rows, intro.text(figures.silentDrops()),
				cut.text(rows.size(), figures.silentDrops()));
	}

	/** Board pack annex: the oldest entries whose owner the notes do not give, at most the cap. */
	Section unowned(LedgerFigures figures, CutListNote cut) {
		List<Rows.Logged> rows = logged(queries.unowned(period, audience, cap.maxRows()));
		return new Section("ActionLogSubreport", rows, new Intro("Every action has an owner.",
				"One action has no owner that could be resolved from the notes.",
				"%,d actions have no owner that could be resolved from the notes.").text(figures.unowned()),
				cut.text(rows.size(), figures.unowned()));
	}

	private List<Rows.Logged> logged(List<LedgerRow> entries) {
		return entries.stream().map(this::logged).toList();
	}

	Rows.Logged logged(LedgerRow e) {
		return new Rows.Logged(marked(e.restricted()) + printed(names.text(e.text())) + source(e.sourceFile(), e.meetingDate(), e.sourcePage(), e.sourceLine()),
				names.owners(e.owners()), e.raisedIn().format(MONTH), days(e.ageDays()), due(e.due()),
				status(e.open(), e.closedOn(), e.overdue(), e.due()), e.open() && e.overdue(), e.meetingDate(),
				e.ledgerId());
	}

	/** An action's status at the period's end, as the action logs word it. */
	private static String status(boolean open, LocalDate closedOn, boolean overdue, String due) {
		return !open ? "Closed " + closedOn.format(DAY)
				: overdue ? "OVERDUE (open)" : due == null ? "Open, no due date" : "Open, not yet due";
	}

	/**
	 * The web page's histories of the given ledger entries, in the order given (each once), read in one query: the
	 * meeting that agreed each, every later report on it up to the period's end, and its status then. An entry the
	 * audience may not see has none.
	 */
	List<Rows.History> histories(Collection<String> ledgerIds) {
		Map<String, List<HistoryRow>> byEntry = queries.histories(ledgerIds, period, audience).stream()
			.collect(Collectors.groupingBy(HistoryRow::ledgerId, LinkedHashMap::new, Collectors.toList()));
		List<Rows.History> histories = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ledgerIds)) {
			List<HistoryRow> rows = byEntry.get(id);
			if (rows == null) {
				continue;
			}
			HistoryRow e = rows.get(0);
			List<Rows.Report> reports = rows.stream()
				.filter(r -> r.reportedOn() != null)
				.map(r -> new Rows.Report(r.reportedOn().format(DAY), r.reportOpen() ? "Open" : "Closed",
						names.text(r.update())))
				.toList();
			boolean closed = !e.open() && e.closedOn() != null;
			histories.add(new Rows.History(id, names.text(e.text()), names.owners(e.owners()),
					e.raisedOn() != null ? e.raisedOn().format(DAY) : e.raisedIn().format(MONTH) + NOTES_NOT_READ, reports,
					status(!closed, e.closedOn(), e.overdue(), e.due()), closed ? null : days(e.ageDays())));
		}
		return histories;
	}

	String label() {
		return period.format(LONG_MONTH);
	}

	static String days(long days) {
		return days == 1 ? "1 day" : number(days) + " days";
	}

	/** A count as a reader reads it: "11,301". */
	static String number(long count) {
		return String.format(Locale.UK, "%,d", count);
	}

	static String due(String due) {
		Due parsed = Due.parse(due);
		if (parsed == null) {
			return "Not set";
		}
		return due.length() == 7 ? YearMonth.parse(due).format(MONTH) : LocalDate.parse(due).format(DAY);
	}

	private Rows.Meeting meeting(StoredMeeting m) {
		List<StoredAttendee> people = queries.attendees(m.sourceFile());
		String present = people.stream().filter(StoredAttendee::present).map(names::attendee)
			.collect(Collectors.joining("\n"));
		String apologies = people.stream().filter(a -> !a.present()).map(names::attendee)
			.collect(Collectors.joining("\n"));
		String title = m.title() == null ? m.body() : m.title();
		String chair = m.chair() == null || m.chair().isBlank() ? "" : "\nChair: " + names.text(m.chair());
		return new Rows.Meeting(m.date().format(DAY), title + chair + (audience == Audience.BOARD ? "\nSource: " + m.sourceFile() : ""), present,
				apologies.isEmpty() ? "None" : apologies, m.date());
	}

	private String marked(boolean restricted) {
		return restricted && audience == Audience.BOARD ? NOT_FOR_PUBLICATION : "";
	}

	/** The board traces every row to its file and line; the public report does not show sources. */
	/**
	 * Where the board finds it, in a few words: the meeting by its date, the printed page past the first (of a PDF), the
	 * line; the file that meeting's notes were read from is listed once, in the annex ({@link #sources}), rather than in
	 * every row.
	 */
	private String source(String file, LocalDate meeting, int page, int line) {
		if (audience != Audience.BOARD || file == null) {
			return "";
		}
		String where = (page > 1 ? ", page " + page : "") + (line > 0 ? ", line " + line : "");
		if (meeting == null) {
			return "\nSource: " + file + where;
		}
		cited.add(new Cited(meeting, file));
		return "\nSource: meeting of " + meeting.format(DAY) + where;
	}

	/** The text as a row prints it; its acronyms go into the board pack's glossary. */
	private String printed(String text) {
		if (audience == Audience.BOARD && text != null) {
			acronyms.addAll(Acronyms.in(text));
		}
		return text;
	}

	/**
	 * Annex of the board pack: each acronym its rows print, with what it stands for where the notes of the meetings
	 * cited spell it out ("Incident Management Unit (IMU)"), else a role's title, else said to be not spelt out.
	 */
	Section glossary() {
		Map<String, String> spelled = new HashMap<>();
		if (!acronyms.isEmpty()) {
			// the notes are read only where there is an acronym to spell out
			queries.notesText(cited.stream().map(Cited::file).distinct().toList())
				.forEach(notes -> Acronyms.spelledOut(notes).forEach(spelled::putIfAbsent));
		}
		List<Rows.Term> rows = acronyms.stream()
			.map(a -> new Rows.Term(a, Optional.ofNullable(spelled.get(a)).or(() -> PeopleNames.titleOf(a)).orElse(NOT_SPELT_OUT)))
			.toList();
		return new Section("GlossarySubreport", rows, rows.isEmpty() ? "No acronym appears in the actions of this pack."
				: "The acronyms in the actions above, and what they stand for where the notes of the meetings cited spell "
						+ "them out.");
	}

	/** Annex of the board pack: each meeting its rows cite, and the file its notes were read from. */
	Section sources() {
		List<Rows.Source> rows = cited.stream().map(c -> new Rows.Source(c.date().format(DAY), c.file())).toList();
		return new Section("SourcesSubreport", rows, rows.isEmpty() ? "No row of this pack cites a meeting."
				: "Each action in this pack names the meeting it comes from by its date, and the line of its notes; "
						+ "these are the files those notes were read from.");
	}

}
