package org.scrutiny.parse.actions;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.Due;
import org.scrutiny.parse.text.DateFragments;
import org.scrutiny.parse.text.Keyword;

/**
 * When an action is due, from what its words give or imply, relative to the meeting that raised it. Rules are tried
 * from the most to the least precise; an action that says nothing of time has no due date.
 */
public final class DueDateRule {

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12));

	private static final String COUNT = "(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";

	// matches: Within two weeks   within 28 days   within a month
	private static final Pattern WITHIN = Pattern.compile("(?i)\\bwithin\\s+(?:the\\s+next\\s+)?" + COUNT + "\\s+(day|week|month)s?\\b");

	// matches: by 31 March 2019   on 5th June 2020
	private static final Pattern FULL_DATE = Pattern.compile("\\b(" + DateFragments.DAY + ")\\s+(" + DateFragments.MONTH
			+ "),?\\s+(" + DateFragments.YEAR + ")\\b");

	// matches: 30/04/2019   1/5/19   31.03.24
	private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");

	// matches: review March 2017   by June 2019
	private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + DateFragments.MONTH + ")\\s+(" + DateFragments.YEAR + ")\\b");

	// matches: at the next meeting   to the next HTA   by next meeting
	private static final Pattern NEXT_MEETING = Pattern.compile("(?i)\\b(?:by|at|to|for|before|in time for)\\s+(?:the\\s+)?next\\s+"
			+ "(?:[A-Z][\\w'-]*\\s+){0,3}(?:meeting|mam|hta|holding\\s+to\\s+account|board|assurance|panel|committee)");

	// matches: by end of Q3   in Q4   by the end of quarter 2   (UK financial-year quarters: Q1 April to June ... Q4 January to March)
	private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:by|in|during|before)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:Q|quarter\\s+)([1-4])\\b");

	// matches: by 29 September   on 12th January   (a day and month with no year: the next one after the meeting)
	private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:by|on|before|until)\\s+(?:the\\s+)?(" + DateFragments.DAY + ")\\s+(?:of\\s+)?("
			+ DateFragments.MONTH + ")(?!,?\\s*\\d)");

	// matches: in six weeks   in 10 days' time
	private static final Pattern IN_WEEKS = Pattern.compile("(?i)\\bin\\s+" + COUNT + "\\s+(week|day)s?\\b");

	// matches: in three months   in 3 months' time
	private static final Pattern IN_MONTHS = Pattern.compile("(?i)\\bin\\s+" + COUNT + "\\s+months?\\b");

	// matches: in May   to the November meeting   by the end of June   (a month without a year, after a preposition)
	private static final Pattern PREPOSITION_MONTH = Pattern.compile("\\b(?:in|by|at|to|for|before|until|during|from)\\s+"
			+ "(?:the\\s+)?(?:end\\s+of\\s+)?(?:(?:the\\s+)?(?:early|mid|late)\\s+)?(" + DateFragments.MONTH + ")(?!\\s+\\d)");

	/** The words a pattern above needs, looked for first. */
	private static final Keyword WITHIN_WORD = Keyword.of("within");

	private static final Keyword NEXT_WORD = Keyword.of("next");

	private static final List<Keyword> WEEK_OR_DAY = List.of(Keyword.of("week"), Keyword.of("day"));

	private static final Keyword MONTH_WORD = Keyword.of("month");

	private DueDateRule() {
	}

	/**
	 * @param text the action
	 * @param meeting the date of the meeting that raised it
	 * @param nextMeeting the next meeting's date when the notes give it, else null
	 */
	public static Optional<Due> find(String text, LocalDate meeting, LocalDate nextMeeting) {
		// each pattern is tried only where the word or digit it cannot match without is in the text
		boolean digits = hasDigit(text);
		Matcher m = WITHIN.matcher(text);
		if (WITHIN_WORD.in(text) && m.find()) {
			int n = count(m.group(1));
			return Optional.of(switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
				case "day" -> Due.ofDay(meeting.plusDays(n));
				case "week" -> Due.ofDay(meeting.plusWeeks(n));
				default -> Due.ofMonth(YearMonth.from(meeting).plusMonths(n));
			});
		}
		m = FULL_DATE.matcher(text);
		if (digits && m.find()) {
			return Optional.of(Due.ofDay(LocalDate.of(Integer.parseInt(m.group(3)), DateFragments.month(m.group(2)),
					DateFragments.day(m.group(1)))));
		}
		m = NUMERIC_DATE.matcher(text);
		if (digits && m.find()) {
			int year = Integer.parseInt(m.group(3));
			return validDay(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
		}
		m = MONTH_YEAR.matcher(text);
		if (digits && m.find()) {
			return Optional.of(Due.ofMonth(YearMonth.of(Integer.parseInt(m.group(2)), DateFragments.month(m.group(1)))));
		}
		m = DAY_MONTH.matcher(text);
		if (digits && m.find()) {
			YearMonth month = nextOccurrence(DateFragments.month(m.group(2)), meeting);
			int day = DateFragments.day(m.group(1));
			if (month.isValidDay(day)) {
				return Optional.of(Due.ofDay(month.atDay(day)));
			}
		}
		m = QUARTER.matcher(text);
		if (digits && m.find()) {
			// Q1 ends in June, Q2 in September, Q3 in December, Q4 in March
			java.time.Month end = java.time.Month.of((Integer.parseInt(m.group(1)) * 3 + 2) % 12 + 1);
			return Optional.of(Due.ofMonth(nextOccurrence(end, meeting)));
		}
		if (NEXT_WORD.in(text) && NEXT_MEETING.matcher(text).find()) {
			return Optional.of(Due.ofMonth(nextMeeting != null ? YearMonth.from(nextMeeting) : YearMonth.from(meeting).plusMonths(1)));
		}
		m = IN_WEEKS.matcher(text);
		if (Keyword.anyIn(text, WEEK_OR_DAY) && m.find()) {
			int n = count(m.group(1));
			return Optional.of(Due.ofDay(m.group(2).equalsIgnoreCase("week") ? meeting.plusWeeks(n) : meeting.plusDays(n)));
		}
		m = IN_MONTHS.matcher(text);
		if (MONTH_WORD.in(text) && m.find()) {
			return Optional.of(Due.ofMonth(YearMonth.from(meeting).plusMonths(count(m.group(1)))));
		}
		m = PREPOSITION_MONTH.matcher(text);
		if (m.find()) {
			return Optional.of(Due.ofMonth(nextOccurrence(DateFragments.month(m.group(1)), meeting)));
		}
		return Optional.empty();
	}

	// matches: Next meeting   next Board   (a due cell)
	private static final Pattern NEXT_MEETING_CELL = Pattern.compile("(?i)^(?:the\\s+)?next\\s+(?:meeting|board|mam|hta)\\b.*");

	// matches: July   Sept   (a due cell naming a month alone)
	private static final Pattern MONTH_CELL = Pattern.compile("(?i)^(?:end\\s+of\\s+|early\\s+|mid[- ]|late\\s+)?(" + DateFragments.MONTH + ")\\.?$");

	// matches: Mar-19   Nov-22   Sept 23   (a month and a two-digit year, as spreadsheets print them)
	private static final Pattern MONTH_DASH_YEAR = Pattern.compile("(?i)^(" + DateFragments.MONTH + ")[-\\s](\\d{2})$");

	// matches: 29 September   1st March   (a due cell with a day and month, no year)
	private static final Pattern DAY_MONTH_CELL = Pattern.compile("(?i)^(" + DateFragments.DAY + ")\\s+(" + DateFragments.MONTH + ")\\.?$");

	/** A table's due cell: a date, a month, "next meeting"; words like "ASAP" or "Ongoing" give none. */
	public static Optional<Due> fromCell(String cell, LocalDate meeting, LocalDate nextMeeting) {
		String c = cell.strip();
		if (NEXT_MEETING_CELL.matcher(c).matches()) {
			return Optional.of(Due.ofMonth(nextMeeting != null ? YearMonth.from(nextMeeting) : YearMonth.from(meeting).plusMonths(1)));
		}
		Matcher short_ = MONTH_DASH_YEAR.matcher(c);
		if (short_.matches()) {
			return Optional.of(Due.ofMonth(YearMonth.of(2000 + Integer.parseInt(short_.group(2)), DateFragments.month(short_.group(1)))));
		}
		Matcher dayMonth = DAY_MONTH_CELL.matcher(c);
		if (dayMonth.matches()) {
			YearMonth in = nextOccurrence(DateFragments.month(dayMonth.group(2)), meeting);
			int day = DateFragments.day(dayMonth.group(1));
			return in.isValidDay(day) ? Optional.of(Due.ofDay(in.atDay(day))) : Optional.empty();
		}
		Matcher month = MONTH_CELL.matcher(c);
		if (month.matches()) {
			return Optional.of(Due.ofMonth(nextOccurrence(DateFragments.month(month.group(1)), meeting)));
		}
		return find(c, meeting, nextMeeting);
	}

	/** A month named without a year is its next occurrence from the meeting's month (this month included). */
	public static YearMonth nextOccurrence(Month month, LocalDate from) {
		YearMonth candidate = YearMonth.of(from.getYear(), month);
		return candidate.isBefore(YearMonth.from(from)) ? candidate.plusYears(1) : candidate;
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

	private static Optional<Due> validDay(int year, int month, int day) {
		try {
			return Optional.of(Due.ofDay(LocalDate.of(year, month, day)));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static int count(String word) {
		return word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word)
				: NUMBERS.get(word.toLowerCase(java.util.Locale.ROOT));
	}

}
