package org.scrutiny.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One meeting as read from its notes.
 *
 * @param sourceFile the file name the notes came from
 * @param body the body that met ("Monthly Assurance Meeting"), which keeps several bodies' meetings apart
 * @param title the title as written
 * @param date the meeting date
 * @param startTime the start time, or null
 * @param chair who chaired, or empty
 * @param venue where, or empty
 * @param minutesBy who took the notes, or empty
 * @param nextMeeting the next meeting's date (a month's first day when only the month is known), or null
 * @param attendees who attended or sent apologies
 * @param actions actions raised and brought forward, in the order of the notes
 */
public record Meeting(String sourceFile, String body, String title, LocalDate date, LocalTime startTime, String chair,
		String venue, String minutesBy, LocalDate nextMeeting, List<Attendee> attendees, List<Action> actions) {

	public Meeting {
		attendees = List.copyOf(attendees);
		actions = List.copyOf(actions);
	}

}
