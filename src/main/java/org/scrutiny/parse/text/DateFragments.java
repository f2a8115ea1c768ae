package org.scrutiny.parse.text;

import java.time.Month;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Regular-expression fragments for dates as meeting notes write them, composed into each rule's own patterns.
 */
public final class DateFragments {

	// matches: March   Sept   Nov
	public static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
			+ "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])";

	// matches: Tuesday   Thursday
	public static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

	// matches: 27   1st   03
	public static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";

	// matches: 2018
	public static final String YEAR = "(?:19|20)\\d{2}";

	// matches: 2017-09-12   (an ISO date: "# Steering Committee 2017-09-12")
	public static final String ISO_DATE = YEAR + "-\\d{2}-\\d{2}";

	// matches: "st" in "1st"   (what is not a digit in a day)
	private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

	private DateFragments() {
	}

	public static Month month(String name) {
		String prefix = name.strip().substring(0, 3).toUpperCase(Locale.ROOT);
		for (Month month : Month.values()) {
			if (month.name().startsWith(prefix)) {
				return month;
			}
		}
		throw new IllegalArgumentException("not a month: " + name);
	}

	public static int day(String text) {
		return Integer.parseInt(NOT_DIGIT.matcher(text).replaceAll(""));
	}

}
