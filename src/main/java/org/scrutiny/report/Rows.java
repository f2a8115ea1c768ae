package org.scrutiny.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows of the report tables, one record per subreport; each component is a field of that subreport's template,
 * but for {@code meetingDate}, the meeting a row comes from, and {@code ledgerId}, the ledger entry of an action row
 * (null where none), which the web page links to (the PDFs print neither).
 */
final class Rows {

	private Rows() {
	}

	/** KeyFiguresSubreport. */
	record Figure(String label, String value, String meaning) {
	}

	/** MeetingsSubreport. */
	record Meeting(String date, String meeting, String present, String apologies, LocalDate meetingDate) {
	}

	/** A row about one action: its ledger entry, null where it has none. */
	interface OfAction {

		String ledgerId();

	}

	/** ActionsRaisedSubreport. */
	record Raised(String number, String text, String owners, String due, LocalDate meetingDate, String ledgerId)
			implements OfAction {
	}

	/** UpdatesSubreport. */
	record Update(String text, String owners, String raised, String update, String status,
			LocalDate meetingDate, String ledgerId) implements OfAction {
	}

	/** ActionLogSubreport: {@code overdue} colours the status cell, which also says it in words. */
	record Logged(String text, String owners, String raised, String age, String due, String status, Boolean overdue,
			LocalDate meetingDate, String ledgerId) implements OfAction {
	}

	/**
	 * The web page's history of one action shown in its tables, from the meeting that agreed it to the period's end.
	 *
	 * @param ledgerId its ledger entry, whose anchor the action's rows link to
	 * @param raised the date of the meeting that agreed it, or its month where that meeting's notes are not stored
	 * @param status as the action logs word it at the period's end ("Closed 12 Mar 2018", "Open, not yet due")
	 * @param age days since it was agreed, while it is open; else null
	 */
	record History(String ledgerId, String text, String owners, String raised, List<Report> reports, String status,
			String age) {
	}

	/** A later meeting's report on an action: the meeting's date, the status it gave and its update. */
	record Report(String date, String status, String update) {
	}

	/** RoleCountsSubreport: the table and the bar chart. */
	record RoleCount(String role, Integer raised, Integer closed, Integer open, Integer overdue) {
	}

	/** TopicGridSubreport: {@code m1}..{@code m6} are the columns of the latest six meetings, "Yes" or "No". */
	record Topic(String topic, String m1, String m2, String m3, String m4, String m5, String m6, String meetings) {
	}

	/** RejectsSubreport. */
	record Reject(String sourceFile, String line, String reason) {
	}

	/** GlossarySubreport: an acronym the pack prints and what the notes say it stands for. */
	record Term(String acronym, String meaning) {
	}

	/** SourcesSubreport: a meeting the pack cites, and the file its notes were read from. */
	record Source(String meeting, String sourceFile) {
	}

}
