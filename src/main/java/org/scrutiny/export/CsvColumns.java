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
	public static final List<String> ATTENDANCE = List.of("source_file", "meeting_date", "name", "role", "temporary",
			"status");

	/** Ordered by meeting_date, source_file, then as they come in the notes. */
	public static final List<String> ACTIONS = List.of("action_id", "source_file", "source_line", "meeting_date",
			"kind", "text", "owners", "due", "raised_in", "status", "update");

	/** Ordered by source_file, then as found. */
	public static final List<String> REJECTS = List.of("source_file", "line", "reason");

	private CsvColumns() {
	}

}
