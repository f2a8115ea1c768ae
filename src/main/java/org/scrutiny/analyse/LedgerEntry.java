package org.scrutiny.analyse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Due;
import org.scrutiny.model.RoleRef;

/**
 * One action across meetings: raised (at a stored meeting, or known only from the month a later meeting gives), then
 * reported on at later meetings until closed or still open.
 *
 * @param ledgerId stable id: the raising action's id, or the first brought-forward row's id
 * @param body the body whose meetings carry it
 * @param raisedIn the month it was raised
 * @param raisedOn the raising meeting's date, or null when that meeting is not stored
 * @param originActionId the raising action's id, or null
 * @param text its wording when raised (or as first brought forward)
 * @param owners its owners
 * @param due when it is due, or null
 * @param reports the later meetings that reported on it, oldest first
 * @param restricted raised or reported on in a protectively-marked passage: never published
 */
public record LedgerEntry(String ledgerId, String body, YearMonth raisedIn, LocalDate raisedOn, String originActionId,
		String text, List<RoleRef> owners, Due due, List<Report> reports, boolean restricted) {

	/**
	 * A report on the action at a later meeting.
	 *
	 * @param actionId the brought-forward row
	 * @param meetingDate the meeting that reported
	 * @param sourceFile its notes
	 * @param status open or closed after this report
	 * @param update what was said
	 * @param strength how sure the link is, 0 to 1 (1 for a link by origin month and wording both)
	 */
	public record Report(String actionId, LocalDate meetingDate, String sourceFile, ActionStatus status, String update,
			double strength) {
	}

	public LedgerEntry {
		owners = List.copyOf(owners);
		reports = List.copyOf(reports);
	}

	/** The first report that closed it. */
	public Optional<Report> closing() {
		return reports.stream().filter(r -> r.status() == ActionStatus.CLOSED).findFirst();
	}

	/** Closed at or before the date, as far as the stored meetings show. */
	public boolean isClosedBy(LocalDate date) {
		return closing().filter(r -> !r.meetingDate().isAfter(date)).isPresent();
	}

	/** Reports at meetings up to the date. */
	public List<Report> reportsUpTo(LocalDate date) {
		return reports.stream().filter(r -> !r.meetingDate().isAfter(date)).toList();
	}

	/** The first stored meeting that mentions it: the raising meeting, or the first to report on it. */
	public LocalDate firstKnown() {
		return raisedOn != null ? raisedOn : reports.isEmpty() ? raisedDay() : reports.get(0).meetingDate();
	}

	/** The day it was raised: the meeting's date, or the first of the month when that meeting is not stored. */
	public LocalDate raisedDay() {
		return raisedOn != null ? raisedOn : raisedIn.atDay(1);
	}

}
