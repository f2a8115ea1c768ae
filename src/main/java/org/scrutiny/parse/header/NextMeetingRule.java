package org.scrutiny.parse.header;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.actions.DueDateRule;
import org.scrutiny.parse.text.DateFragments;
import org.scrutiny.parse.text.Keyword;

/**
 * The date of the next meeting, from the closing agenda item ("DATE OF NEXT MEETING", "Confirmation of next meeting
 * type / date / time / venue"). A month alone ("January 2021 - date to be confirmed") gives its first day.
 */
public final class NextMeetingRule {

	// matches: DATE OF NEXT MEETING:   CONFIRMATION OF NEXT MEETING TYPE / DATE / TIME / VENUE:   Next meeting
	//          Dates of Future Meetings:   The next meeting is Thursday 8th March, 10.00 – 11.30
	static final Pattern HEADING = Pattern.compile("(?i)^\\W*(?:\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s*)?(?:(?:date|confirmation)\\s+of\\s+"
			+ "(?:the\\s+)?next\\s+meeting|next\\s+meeting|dates?\\s+of\\s+(?:future|forthcoming|next)\\s+meetings"
			+ "|the\\s+next\\s+meeting\\s+(?:is|will\\s+be)\\b)\\b");

	// matches: Next meeting: 2025-08-23, 13:30 5 weeks
	private static final Pattern ISO = Pattern.compile("\\b(" + DateFragments.YEAR + ")-(\\d{2})-(\\d{2})\\b");

	// matches: Tuesday 24 April   29 November 2016
	private static final Pattern DAY_MONTH = Pattern.compile("\\b(" + DateFragments.DAY + ")\\s+(" + DateFragments.MONTH
			+ ")(?:,?\\s+(" + DateFragments.YEAR + "))?");

	// matches: January 2021
	private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + DateFragments.MONTH + ")\\s+(" + DateFragments.YEAR + ")\\b");

	// matches: The next steering group meeting will be in Berlin, colocated with the RDA meeting
	//          The next meeting will be held in Leeds   (where the next meeting is, by a place's name; not "in May")
	private static final Pattern PLACE = Pattern.compile("\\b[Nn]ext\\s+(?:[A-Za-z]+\\s+){0,3}meeting\\s+(?:will\\s+be|is)\\s+"
			+ "(?:held\\s+)?in\\s+(?!" + DateFragments.MONTH + "\\b)([A-Z][a-z]{2,})\\b");

	/** In every heading: most lines are spared the pattern. */
	private static final Keyword MEETING = Keyword.of("meeting");

	/** A heading is short; a sentence that mentions the next meeting is not one. */
	private static final int MAX_HEADING = 120;

	/** How many lines after the heading may hold the date. */
	private static final int REACH = 5;

	private NextMeetingRule() {
	}

	public static Optional<LocalDate> find(List<String> lines, LocalDate meeting) {
		for (int i = 0; i < lines.size(); i++) {
			String heading = lines.get(i);
			if (!MEETING.in(heading) || !HEADING.matcher(heading).find() || heading.length() > MAX_HEADING) {
				continue;
			}
			for (String line : lines.subList(i, Math.min(lines.size(), i + REACH + 1))) {
				Optional<LocalDate> date = date(line, meeting);
				if (date.isPresent()) {
					return date;
				}
			}
		}
		return Optional.empty();
	}

	/** Where the next meeting will be, when the closing item names a place ("will be in Berlin"); a town, not a room. */
	public static Optional<String> place(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String heading = lines.get(i);
			if (!MEETING.in(heading) || !HEADING.matcher(heading).find() || heading.length() > MAX_HEADING) {
				continue;
			}
			for (String line : lines.subList(i, Math.min(lines.size(), i + REACH + 1))) {
				Matcher m = PLACE.matcher(line);
				if (m.find()) {
					return Optional.of(m.group(1));
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> date(String line, LocalDate meeting) {
		Matcher m = DAY_MONTH.matcher(line);
		if (m.find()) {
			int day = DateFragments.day(m.group(1));
			var month = DateFragments.month(m.group(2));
			YearMonth ym = m.group(3) != null ? YearMonth.of(Integer.parseInt(m.group(3)), month)
					: DueDateRule.nextOccurrence(month, meeting.plusDays(1));
			return ym.isValidDay(day) ? Optional.of(ym.atDay(day)) : Optional.empty();
		}
		m = ISO.matcher(line);
		if (m.find()) {
			// a date on or before the meeting (a link back to the previous minutes) is not the next meeting's
			try {
				LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
				return date.isAfter(meeting) ? Optional.of(date) : Optional.empty();
			}
			catch (java.time.DateTimeException ex) {
				return Optional.empty();
			}
		}
		m = MONTH_YEAR.matcher(line);
		if (m.find()) {
			return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), DateFragments.month(m.group(1))).atDay(1));
		}
		return Optional.empty();
	}

}
