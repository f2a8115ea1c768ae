package org.scrutiny.export;

import java.util.List;

/**
 * The CSV files of an export and their columns, in order. {@code score-extraction} and the users' spreadsheets read
 * these names: change them only with the issue that defines them.
 */
public final class CsvColumns {

	public static final String MEETINGS_CSV = "meetings.csv";

	public static final String ATTENDANCE_CSV = "attendance.csv";

	public static final String ACTIONS_CSV = "actions.csv";

	public static final String REJECTS_CSV = "rejects.csv";

	/** Ordered by meeting_date, source_file. */
	public static final List<String> MEETINGS = List.of("source_file", "body", "meeting_date", "start_time", "title",
			"chair", "venue", "minutes_by");

	/** Ordered by meeting_date, source_file, then as listed in the notes. */
	public static final List<String> ATTENDANCE = List.of("source_file", "meeting_date", "name", "role", "title",
			"temporary", "status");

	/**
	 * Ordered by meeting_date, source_file, then as they come in the notes. restricted: read from a
	 * protectively-marked passage, so never in a public output.
	 */
	public static final List<String> ACTIONS = List.of("action_id", "source_file", "source_line", "source_page", "meeting_date",
			"kind", "text", "owners", "owner_names", "due", "raised_in", "status", "update", "restricted");

	/** Ordered by source_file, then as found. */
	public static final List<String> REJECTS = List.of("source_file", "line", "reason");

	public static final String ROLE_COUNTS_CSV = "role-counts.csv";

	public static final String CARRY_FORWARD_CSV = "carry-forward.csv";

	public static final String TOPIC_RECURRENCE_CSV = "topic-recurrence.csv";

	public static final String TOPICS_CSV = "topics.csv";

	/** The month (period) then the twelve months to it (12m); within each, canonical roles in order, acting, others, ALL. */
	public static final List<String> ROLE_COUNTS = List.of("role", "window", "raised", "closed", "open", "overdue",
			"carried", "distinct_total");

	/** Oldest first. silent_drop: raised, never reported on at a later meeting of its body, not closed. */
	public static final List<String> CARRY_FORWARD = List.of("action_id", "raised_in", "owners", "text", "status",
			"age_days", "age_months", "meetings_carried", "due", "overdue", "last_reported", "closed_on", "silent_drop");

	/** By topic, then meeting date: each topic's first mention in each meeting. */
	public static final List<String> TOPIC_RECURRENCE = List.of("topic", "meeting_date", "source_file", "source_line",
			"snippet");

	/** Most meetings first, then by topic. */
	public static final List<String> TOPICS = List.of("topic", "meetings", "first_seen", "last_seen", "longest_gap_days",
			"actions", "open_actions");

	private CsvColumns() {
	}

}
