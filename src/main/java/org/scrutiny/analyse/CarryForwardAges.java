package org.scrutiny.analyse;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.scrutiny.analyse.LedgerInput.MeetingRef;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Due;
import org.scrutiny.model.RoleRef;

/**
 * How long each action has stood open at the report date, and through how many later meetings; for closed actions,
 * how long and how many meetings it took. Oldest first.
 */
public final class CarryForwardAges {

	/**
	 * One action at the report date.
	 *
	 * @param ageDays open: days since raised; closed: days it took to close
	 * @param ageMonths the same in whole months
	 * @param meetingsCarried later meetings that reported on it (for closed ones, up to the one that closed it)
	 * @param lastReported the last meeting that mentioned it (raised or reported), or null
	 * @param closedOn the meeting that closed it, or null
	 * @param silentDrop raised at a stored meeting, never reported on at a later one of its body, and not closed
	 */
	public record Age(LedgerEntry entry, ActionStatus status, long ageDays, long ageMonths, int meetingsCarried,
			boolean overdue, LocalDate lastReported, LocalDate closedOn, boolean silentDrop) {

		public String owners() {
			return String.join(";", entry.owners().stream().map(RoleRef::code).toList());
		}

	}

	private static final NavigableSet<LocalDate> EMPTY = java.util.Collections.emptyNavigableSet();

	private CarryForwardAges() {
	}

	public static List<Age> at(LocalDate reportDate, List<LedgerEntry> ledger, List<MeetingRef> meetings) {
		Map<String, NavigableSet<LocalDate>> datesByBody = new HashMap<>();
		for (MeetingRef m : meetings) {
			datesByBody.computeIfAbsent(m.body(), k -> new TreeSet<>()).add(m.date());
		}
		return ledger.stream()
			.filter(e -> !e.firstKnown().isAfter(reportDate))
			.map(e -> age(e, reportDate, datesByBody.getOrDefault(e.body(), EMPTY)))
			.sorted(Comparator.comparing((Age a) -> a.entry().raisedDay()))
			.toList();
	}

	/** {@code bodyDates}: the dates of the stored meetings of the entry's body. */
	private static Age age(LedgerEntry e, LocalDate reportDate, NavigableSet<LocalDate> bodyDates) {
		List<LedgerEntry.Report> reports = e.reportsUpTo(reportDate);
		LocalDate lastMention = reports.isEmpty() ? e.raisedOn() : reports.get(reports.size() - 1).meetingDate();
		if (e.isClosedBy(reportDate)) {
			LedgerEntry.Report closing = e.closing().orElseThrow();
			int meetingsToClose = reports.indexOf(closing) + 1;
			return new Age(e, ActionStatus.CLOSED, days(e.raisedDay(), closing.meetingDate()),
					months(e.raisedDay(), closing.meetingDate()), meetingsToClose, false, lastMention,
					closing.meetingDate(), false);
		}
		Due due = e.due();
		boolean overdue = due != null && due.deadline().isBefore(reportDate);
		// a later meeting of its body, up to the report date: looked up, not scanned for (one scan per entry made the
		// check quadratic in meetings)
		LocalDate later = e.raisedOn() == null ? null : bodyDates.higher(e.raisedOn());
		boolean silent = later != null && reports.isEmpty() && !later.isAfter(reportDate);
		return new Age(e, ActionStatus.OPEN, days(e.raisedDay(), reportDate), months(e.raisedDay(), reportDate),
				reports.size(), overdue, lastMention, null, silent);
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	private static long months(LocalDate from, LocalDate to) {
		return Period.between(from, to).toTotalMonths();
	}

}
