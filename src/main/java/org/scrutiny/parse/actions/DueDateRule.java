package org.scrutiny.parse.actions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
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

	// matches: by end of Q3   in Q4   by the end of quarter 2   end of Q2   (UK financial-year quarters: Q1 April to June ... Q4 January to March)
	private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:(?:by|in|during|before)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?|end\\s+of\\s+)"
			+ "(?:Q|quarter\\s+)([1-4])\\b");

	// matches: at a Wed Talkshop (23/7)   w/c 12/3   by 14/11   (a day and month in figures with no year: the next one from the meeting)
	private static final Pattern DAY_SLASH_MONTH = Pattern.compile("(?i)(?:\\(|\\bw/c\\s+|\\b(?:by|on|before|until)\\s+)(\\d{1,2})/(\\d{1,2})(?![/.]?\\d)");

	// matches: JC will draft by end of week   by the end of next week   (the Friday that ends that week)
	private static final Pattern END_OF_WEEK = Pattern.compile("(?i)\\bby\\s+(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(next\\s+)?week\\b");

	// matches: At november meeting, let's review the nominations   an invitation to our February meeting
	// (a month before "meeting", in any case: the meeting of that month)
	private static final Pattern MONTH_MEETING = Pattern.compile("(?i)\\b(?:at|to|for|by|before|until|in)\\s+(?:(?:the|our|its|their)\\s+)?("
			+ DateFragments.MONTH + ")\\s+(?:[a-z]+\\s+)?meeting\\b");

	/**
	 * A day and month with no year that fell this many days before the meeting is read as a reference back ("publication
	 * of the minutes from the meeting on 25 October", written on 14 November), not as a date almost a year ahead.
	 */
	private static final int RECENT_PAST_DAYS = 92;

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

	private static final Keyword WEEK_WORD = Keyword.of("week");

	private static final Keyword MEETING_WORD = Keyword.of("meeting");

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
			Optional<Due> day = dayWithoutYear(DateFragments.day(m.group(1)), DateFragments.month(m.group(2)), meeting);
			if (day.isPresent() || recentlyPast(DateFragments.day(m.group(1)), DateFragments.month(m.group(2)), meeting)) {
				return day;
			}
		}
		m = DAY_SLASH_MONTH.matcher(text);
		if (digits && m.find()) {
			int month = Integer.parseInt(m.group(2));
			if (month >= 1 && month <= 12) {
				Optional<Due> day = dayWithoutYear(Integer.parseInt(m.group(1)), Month.of(month), meeting);
				if (day.isPresent()) {
					return day;
				}
			}
		}
		m = QUARTER.matcher(text);
		if (digits && m.find()) {
			// Q1 ends in June, Q2 in September, Q3 in December, Q4 in March
			java.time.Month end = java.time.Month.of((Integer.parseInt(m.group(1)) * 3 + 2) % 12 + 1);
			return Optional.of(Due.ofMonth(nextOccurrence(end, meeting)));
		}
		if (NEXT_WORD.in(text) && NEXT_MEETING.matcher(text).find()) {
			// "by the next meeting" is a date only where the notes give the next meeting's
			return Optional.ofNullable(nextMeeting).map(next -> Due.ofMonth(YearMonth.from(next)));
		}
		m = END_OF_WEEK.matcher(text);
		if (WEEK_WORD.in(text) && m.find()) {
			LocalDate friday = meeting.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
			return Optional.of(Due.ofDay(m.group(1) != null ? friday.plusWeeks(1) : friday));
		}
		m = MONTH_MEETING.matcher(text);
		if (MEETING_WORD.in(text) && m.find()) {
			return Optional.of(Due.ofMonth(nextOccurrence(DateFragments.month(m.group(1)), meeting)));
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

	/**
	 * An action for a meeting named by its place ("Ensure there is remote participation available for the Berlin SC
	 * meeting") where the notes say the next meeting is held there ("The next steering group meeting will be in
	 * Berlin"): due at the next meeting.
	 */
	public static Optional<Due> atPlace(String text, String place, LocalDate nextMeeting) {
		if (place == null || nextMeeting == null || !text.contains(place)) {
			return Optional.empty();
		}
		// matches: for the Berlin SC meeting   at the Leeds meeting
		Pattern named = Pattern.compile("\\b(?:for|at|to|before|by|in)\\s+the\\s+" + Pattern.quote(place) + "\\s+(?:[A-Za-z]+\\s+){0,2}meeting\\b");
		return named.matcher(text).find() ? Optional.of(Due.ofMonth(YearMonth.from(nextMeeting))) : Optional.empty();
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
			return Optional.ofNullable(nextMeeting).map(next -> Due.ofMonth(YearMonth.from(next)));
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

	/** A day and month with no year: the next such day from the meeting, unless it fell just before the meeting. */
	private static Optional<Due> dayWithoutYear(int day, Month month, LocalDate meeting) {
		if (recentlyPast(day, month, meeting)) {
			return Optional.empty();
		}
		YearMonth in = nextOccurrence(month, meeting);
		if (in.isValidDay(day) && in.atDay(day).isBefore(meeting)) {
			in = in.plusYears(1);
		}
		return in.isValidDay(day) ? Optional.of(Due.ofDay(in.atDay(day))) : Optional.empty();
	}

	private static boolean recentlyPast(int day, Month month, LocalDate meeting) {
		for (int year = meeting.getYear() - 1; year <= meeting.getYear(); year++) {
			YearMonth ym = YearMonth.of(year, month);
			if (ym.isValidDay(day)) {
				LocalDate date = ym.atDay(day);
				if (date.isBefore(meeting) && !date.isBefore(meeting.minusDays(RECENT_PAST_DAYS))) {
					return true;
				}
			}
		}
		return false;
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
