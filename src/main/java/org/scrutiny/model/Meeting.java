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
 * @param markedPassages the protectively-marked parts of the notes (one from line 0 marks the whole document)
 * @param itemParagraphs the paragraphs of named agenda items (brought forward, with no text, the paragraph as update),
 *        each an update only if the ledger finds the action raised under the same item at the body's meeting before:
 *        no actions of their own
 */
public record Meeting(String sourceFile, String body, String title, LocalDate date, LocalTime startTime, String chair,
		String venue, String minutesBy, LocalDate nextMeeting, List<Attendee> attendees, List<Action> actions,
		List<MarkedPassage> markedPassages, List<Action> itemParagraphs) {

	public Meeting {
		attendees = List.copyOf(attendees);
		actions = List.copyOf(actions);
		markedPassages = markedPassages == null ? List.of() : List.copyOf(markedPassages);
		itemParagraphs = itemParagraphs == null ? List.of() : List.copyOf(itemParagraphs);
	}

	/** A meeting whose agenda items' paragraphs are not kept. */
	public Meeting(String sourceFile, String body, String title, LocalDate date, LocalTime startTime, String chair,
			String venue, String minutesBy, LocalDate nextMeeting, List<Attendee> attendees, List<Action> actions,
			List<MarkedPassage> markedPassages) {
		this(sourceFile, body, title, date, startTime, chair, venue, minutesBy, nextMeeting, attendees, actions,
				markedPassages, List.of());
	}

	/** A meeting whose notes carry no protective marking. */
	public Meeting(String sourceFile, String body, String title, LocalDate date, LocalTime startTime, String chair,
			String venue, String minutesBy, LocalDate nextMeeting, List<Attendee> attendees, List<Action> actions) {
		this(sourceFile, body, title, date, startTime, chair, venue, minutesBy, nextMeeting, attendees, actions, List.of());
	}

	/** The whole document is protectively marked: nothing of it is published. */
	public boolean isMarked() {
		return markedPassages.stream().anyMatch(MarkedPassage::isWholeDocument);
	}

}
