package org.scrutiny.parse.layout;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.text.DateFragments;
import org.scrutiny.parse.text.Keyword;
import org.scrutiny.parse.text.Spaces;

/**
 * The heading that says which earlier meeting raised the actions reported on below it.
 */
public final class BroughtForwardHeading {

	// matches: Actions arising from the February 2018 meeting   Action arising from the January 2018 meeting:
	// matches: OUTSTANDING MATTERS - actions arising from the September meeting   Actions from the meeting held on 12 May 2019
	// matches: Review of actions from meeting in May 2014   ("in" before the month)
	// matches: Actions from the 3 August meeting were then discussed.   (a day before the month, no "meeting held on")
	private static final Pattern ORIGIN = Pattern.compile("(?i)\\b(?:actions?\\s+(?:arising\\s+)?|matters\\s+arising\\s+)from\\s+(?:the\\s+)?"
			+ "(?:meetings?\\s+(?:held\\s+)?(?:on\\s+|of\\s+|in\\s+)?)?(?:" + DateFragments.WEEKDAY + ",?\\s+)?(?:" + DateFragments.DAY + "\\s+)?"
			+ "(" + DateFragments.MONTH + ")(?:\\s+(" + DateFragments.YEAR + "))?(?:\\s+meeting)?");

	// matches: 12/03/2019   12 March 2019   March 2019   Mar-19   (a table's "date raised" or meeting cell)
	private static final Pattern RAISED_CELL = Pattern.compile("(?:(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}))|(?:" + DateFragments.DAY
			+ "\\s+)?(" + DateFragments.MONTH + ")[\\s-]*(" + DateFragments.YEAR + "|\\d{2})?");

	// matches: NOTES AND ACTIONS FROM THE PREVIOUS MEETING (26 JANUARY 2021)   Actions from the last meeting
	private static final Pattern PREVIOUS = Pattern.compile("(?i)\\bactions?\\s+(?:arising\\s+)?(?:from|of)\\s+(?:the\\s+)?(?:previous|last)\\s+meeting"
			+ "(?:\\s*\\(?\\s*(?:held\\s+(?:on\\s+)?)?(?:" + DateFragments.DAY + "\\s+)?(" + DateFragments.MONTH + ")\\s+(" + DateFragments.YEAR + ")\\)?)?");

	// matches: **2.1 Review of actions**   Review of previous actions   Outstanding actions   (a heading over the earlier actions)
	// matches: Review Previous Meeting's Action Items   (Perth Artifactory, 308 in ../shared/real)
	// (not "Action log": a log lists the new actions too)
	private static final Pattern REVIEW = Pattern.compile("(?i)^\\W*(?:\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s+)?(?:review\\s+of\\s+(?:the\\s+)?"
			+ "(?:previous\\s+|outstanding\\s+)?actions|outstanding\\s+actions"
			+ "|review\\s+(?:of\\s+)?(?:the\\s+)?(?:previous|last)\\s+meeting['\u2019]?s?\\s+actions?(?:\\s+(?:items|points))?)\\W*$");

	// matches: "Deliverables - on hold."   "Actions on hold"   "Items carried forward"   "Deferred actions"
	// (a heading that gives the status of every earlier action listed under it: RSE-AUNZ 306 in ../shared/real)
	private static final Pattern HELD = Pattern.compile("(?i)^\\W*(?:[\\p{L}' ]{1,40}?\\s*[-\u2013:]\\s*)?(?:(?:actions|items|deliverables)\\s+)?"
			+ "(on\\s+hold|carried\\s+forward|deferred)(?:\\s+(?:actions|items))?\\W*$|^\\W*(deferred|parked)\\s+(?:actions|items)\\W*$");

	/** A status heading is short: a longer line that says "on hold" is a sentence. */
	private static final int HELD_LENGTH = 50;

	/** Words the patterns above need, looked for first: most lines have none of them. */
	private static final Keyword FROM = Keyword.of("from");

	private static final Keyword ACTION = Keyword.of("action");

	private static final Keyword MATTERS = Keyword.of("matters");

	private static final Keyword MEETING = Keyword.of("meeting");

	private static final Keyword MINUTES = Keyword.of("minutes");

	/** An origin heading: the raising meeting's month, or none when it says only "the previous meeting". */
	public record Origin(YearMonth month) {
	}

	private BroughtForwardHeading() {
	}

	// matches: The minutes of the meeting held on 12 February 2019 were agreed   The minutes of 19 September 2023 were approved
	private static final Pattern MINUTES_AGREED = Pattern.compile("(?i)\\bminutes\\s+of\\s+(?:the\\s+meeting\\s+(?:held\\s+)?(?:on\\s+|of\\s+)?)?"
			+ "(?:" + DateFragments.WEEKDAY + ",?\\s+)?" + DateFragments.DAY + "\\s+(" + DateFragments.MONTH + ")\\s+(" + DateFragments.YEAR + ")\\s+"
			+ "(?:were|was)\\s+(?:agreed|approved|confirmed|accepted|signed)");

	/** The month of the last meeting, from "the minutes of <date> were agreed": the origin of what is reported on next. */
	public static Optional<YearMonth> minutesAgreed(String line) {
		if (!MINUTES.in(line)) {
			return Optional.empty();
		}
		Matcher m = MINUTES_AGREED.matcher(line);
		return m.find() ? Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), DateFragments.month(m.group(1)))) : Optional.empty();
	}

	/**
	 * The status a heading gives every earlier action listed under it ("on hold" from "Deliverables - on hold."): the
	 * update on each that has none of its own.
	 */
	public static Optional<String> heldStatus(String line) {
		if (line.length() > HELD_LENGTH) {
			return Optional.empty();
		}
		Matcher m = HELD.matcher(line.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		String status = m.group(1) != null ? m.group(1) : m.group(2);
		return Optional.of(Spaces.collapse(status.toLowerCase(java.util.Locale.ROOT)));
	}

	/** Any heading that opens a list of actions brought forward, dated or not. */
	public static Optional<Origin> origin(String line, LocalDate meetingDate) {
		Optional<YearMonth> dated = match(line, meetingDate);
		if (dated.isPresent()) {
			return Optional.of(new Origin(dated.get()));
		}
		if (!ACTION.in(line)) {
			return Optional.empty();
		}
		if (line.length() < 40 && REVIEW.matcher(line).matches()) {
			return Optional.of(new Origin(null));
		}
		if (!MEETING.in(line)) {
			return Optional.empty();
		}
		Matcher previous = PREVIOUS.matcher(line);
		if (!previous.find()) {
			return Optional.empty();
		}
		return Optional.of(new Origin(previous.group(1) == null ? null
				: YearMonth.of(Integer.parseInt(previous.group(2)), DateFragments.month(previous.group(1)))));
	}

	/** The month a table's raised or meeting cell names; a month with no year is the latest before the meeting. */
	public static Optional<YearMonth> monthOfCell(String cell, LocalDate meetingDate) {
		Matcher m = RAISED_CELL.matcher(cell);
		if (!m.find()) {
			return Optional.empty();
		}
		if (m.group(1) != null) {
			int year = Integer.parseInt(m.group(3));
			int month = Integer.parseInt(m.group(2));
			return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year < 100 ? 2000 + year : year, month)) : Optional.empty();
		}
		Month month = DateFragments.month(m.group(4));
		if (m.group(5) != null) {
			int year = Integer.parseInt(m.group(5));
			return Optional.of(YearMonth.of(year < 100 ? 2000 + year : year, month));
		}
		YearMonth candidate = YearMonth.of(meetingDate.getYear(), month);
		return Optional.of(candidate.isBefore(YearMonth.from(meetingDate)) ? candidate : candidate.minusYears(1));
	}

	/**
	 * The month of the meeting that raised the actions; a month with no year is the latest such month before the
	 * meeting (null meeting date: any year will do, the caller only asks whether this is a heading).
	 */
	static Optional<YearMonth> match(String line, LocalDate meetingDate) {
		if (!FROM.in(line) || !ACTION.in(line) && !MATTERS.in(line)) {
			return Optional.empty();
		}
		Matcher m = ORIGIN.matcher(line);
		if (!m.find()) {
			return Optional.empty();
		}
		Month month = DateFragments.month(m.group(1));
		if (m.group(2) != null) {
			return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month));
		}
		if (meetingDate == null) {
			return Optional.of(YearMonth.of(2000, month));
		}
		YearMonth candidate = YearMonth.of(meetingDate.getYear(), month);
		return Optional.of(candidate.isBefore(YearMonth.from(meetingDate)) ? candidate : candidate.minusYears(1));
	}

}
