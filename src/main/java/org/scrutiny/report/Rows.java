package org.scrutiny.report;

import java.time.LocalDate;

/**
 * The rows of the report tables, one record per subreport; each component is a field of that subreport's template,
 * but for {@code meetingDate}, the meeting a row comes from, which the web page links to (the PDFs do not print it).
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

	/** ActionsRaisedSubreport. */
	record Raised(String number, String text, String owners, String due, LocalDate meetingDate) {
	}

	/** UpdatesSubreport. */
	record Update(String text, String owners, String raised, String update, String status,
			LocalDate meetingDate) {
	}

	/** ActionLogSubreport: {@code overdue} colours the status cell, which also says it in words. */
	record Logged(String text, String owners, String raised, String age, String due, String status, Boolean overdue,
			LocalDate meetingDate) {
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
