package org.scrutiny.parse.header;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.text.DateFragments;

/**
 * The meeting's date and start time. A date written without a year ("Thursday 26 November") takes it from the title
 * or another "Month Year" in the notes; where the weekday is given it must agree.
 */
public final class MeetingDateRule {

	// matches: Tuesday 27 March 2018   Thursday 26 November   Wednesday, 30th January 2019   19 October 2016
	// and "13 December 2011at Home Office" (a year run into the next word)
	private static final Pattern DAY_MONTH = Pattern.compile("(?:(" + DateFragments.WEEKDAY + "),?\\s+)?(" + DateFragments.DAY
			+ ")\\s+(?:of\\s+)?(" + DateFragments.MONTH + ")(?:,?\\s+(" + DateFragments.YEAR + ")(?!\\d)|\\b)");

	// matches: 2024-01-03   2020-04-28 14:00:00 +1000   2021-10-12T12:00:26.846Z   (ISO dates and timestamps, as front
	// matter and titles write them: "title: 2025-07-19", "# Steering Committee 2017-09-12")
	private static final Pattern ISO = Pattern.compile("(?<!\\d)(" + DateFragments.YEAR + ")-(\\d{2})-(\\d{2})"
			+ "(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");

	// matches: 12/03/2019   12.03.2019
	private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

	// matches: March 2018   November 2020   (a month and year, in a title or elsewhere)
	private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + DateFragments.MONTH + ")\\s+(" + DateFragments.YEAR + ")(?!\\d)");

	// matches: @ 10:30   10.30   10:30 am   at 2pm   2.00 pm   14:30
	private static final Pattern TIME = Pattern.compile("(?i)(?:@|\\bat|,|^)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\d/])");

	public record MeetingDate(LocalDate date, LocalTime time) {
	}

	/** Why a date could not be read: a reason for rejects.csv. */
	public static final class Unreadable extends Exception {

		Unreadable(String reason) {
			super(reason, null, false, false);
		}

	}

	private MeetingDateRule() {
	}

	/**
	 * @param dateText the value of the Date field, or null when the notes have none
	 * @param context the title and header lines, searched for a date when there is no Date field and for the year
	 */
	public static MeetingDate resolve(String dateText, List<String> context) throws Unreadable {
		String source = dateText;
		if (source == null || source.isBlank()) {
			source = context.stream()
				.filter(l -> DAY_MONTH.matcher(l).find() || NUMERIC.matcher(l).find() || ISO.matcher(l).find())
				.findFirst()
				.orElseThrow(() -> new Unreadable("no meeting date found in the notes' heading"));
		}
		LocalDate date = date(source, context);
		Matcher iso = ISO.matcher(source);
		if (iso.find() && !NUMERIC.matcher(source).find()) {
			return new MeetingDate(date, isoTime(iso).orElse(null));
		}
		return new MeetingDate(date, time(source.substring(Math.min(source.length(), dateEnd(source)))).orElse(null));
	}

	/**
	 * The time of an ISO timestamp written in local time ("2020-04-28 14:00:00 +1000"); none for one in UTC
	 * ("2021-10-12T12:00:26.846Z"), which a site stamps for itself, or for a date alone.
	 */
	private static Optional<LocalTime> isoTime(Matcher iso) {
		if (iso.group(4) == null || "Z".equals(iso.group(6))) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(iso.group(4));
		int minute = Integer.parseInt(iso.group(5));
		return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
	}

	private static LocalDate date(String text, List<String> context) throws Unreadable {
		Matcher numeric = NUMERIC.matcher(text);
		if (numeric.find()) {
			return of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
					Integer.parseInt(numeric.group(1)), text);
		}
		Matcher iso = ISO.matcher(text);
		if (iso.find()) {
			return of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)), text);
		}
		Matcher m = DAY_MONTH.matcher(text);
		if (!m.find()) {
			throw new Unreadable("meeting date '" + text.strip() + "' is not a date");
		}
		Month month = DateFragments.month(m.group(3));
		int day = DateFragments.day(m.group(2));
		if (m.group(4) != null) {
			return of(Integer.parseInt(m.group(4)), month.getValue(), day, text);
		}
		DayOfWeek weekday = m.group(1) == null ? null : DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
		for (int year : candidateYears(month, context)) {
			LocalDate candidate = of(year, month.getValue(), day, text);
			if (weekday == null || candidate.getDayOfWeek() == weekday) {
				return candidate;
			}
		}
		throw new Unreadable("meeting date '" + m.group().strip() + "' has no year, and the notes give none that fits");
	}

	/** Years from "Month Year" phrases: first those naming the meeting's month, then any. */
	private static Set<Integer> candidateYears(Month month, List<String> context) {
		Set<Integer> sameMonth = new LinkedHashSet<>();
		Set<Integer> any = new LinkedHashSet<>();
		for (String line : context) {
			Matcher m = MONTH_YEAR.matcher(line);
			while (m.find()) {
				int year = Integer.parseInt(m.group(2));
				(DateFragments.month(m.group(1)) == month ? sameMonth : any).add(year);
			}
		}
		sameMonth.addAll(any);
		return sameMonth;
	}

	private static LocalDate of(int year, int month, int day, String text) throws Unreadable {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new Unreadable("meeting date '" + text.strip() + "' is not a real date");
		}
	}

	private static int dateEnd(String text) {
		Matcher m = DAY_MONTH.matcher(text);
		if (m.find()) {
			return m.end();
		}
		Matcher n = NUMERIC.matcher(text);
		return n.find() ? n.end() : 0;
	}

	public static Optional<LocalTime> time(String text) {
		Matcher m = TIME.matcher(text);
		while (m.find()) {
			int hour = Integer.parseInt(m.group(1));
			int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
			String meridiem = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
			if (m.group(2) == null && meridiem.isEmpty()) {
				continue;
			}
			if (meridiem.startsWith("p") && hour < 12) {
				hour += 12;
			}
			if (meridiem.startsWith("a") && hour == 12) {
				hour = 0;
			}
			if (hour < 24 && minute < 60) {
				return Optional.of(LocalTime.of(hour, minute));
			}
		}
		return Optional.empty();
	}

}
