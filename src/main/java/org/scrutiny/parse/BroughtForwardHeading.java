package org.scrutiny.parse;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading that says which earlier meeting raised the actions reported on below it.
 */
final class BroughtForwardHeading {

	// matches: Actions arising from the February 2018 meeting   Action arising from the January 2018 meeting:
	// matches: OUTSTANDING MATTERS - actions arising from the September meeting   Actions from the meeting held on 12 May 2019
	private static final Pattern ORIGIN = Pattern.compile("(?i)\\bactions?\\s+(?:arising\\s+)?from\\s+(?:the\\s+)?"
			+ "(?:meeting\\s+(?:held\\s+)?(?:on\\s+)?(?:" + DateFragments.WEEKDAY + ",?\\s+)?(?:" + DateFragments.DAY + "\\s+)?)?"
			+ "(" + DateFragments.MONTH + ")(?:\\s+(" + DateFragments.YEAR + "))?(?:\\s+meeting)?");

	private BroughtForwardHeading() {
	}

	/**
	 * The month of the meeting that raised the actions; a month with no year is the latest such month before the
	 * meeting (null meeting date: any year will do, the caller only asks whether this is a heading).
	 */
	static Optional<YearMonth> match(String line, LocalDate meetingDate) {
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
