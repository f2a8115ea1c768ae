package org.scrutiny.parse;

import java.util.regex.Pattern;

/**
 * The body that met, from the notes' title: "Monthly Assurance Meeting March 2018 – Meeting Notes" is the Monthly
 * Assurance Meeting; "Minutes of the Police Accountability Board held on 3 May 2019" the Police Accountability Board.
 */
final class BodyName {

	// matches: – Meeting Notes   - Minutes   : Notes of meeting
	private static final Pattern DOCUMENT_KIND = Pattern.compile("(?i)\\s*[-\u2013\u2014:|]\\s*(?:meeting\\s+)?(?:notes|minutes)(?:\\s+of\\s+(?:the\\s+)?meeting)?\\s*$");

	// matches: Minutes of the   Notes of   Draft minutes of a
	private static final Pattern LEADING_KIND = Pattern.compile("(?i)^(?:draft\\s+|confirmed\\s+|unconfirmed\\s+)?(?:minutes|notes)\\s+of\\s+(?:the\\s+|a\\s+)?");

	// matches: held on 3 May 2019   March 2018   Tuesday 27 March 2018   12/03/2019
	private static final Pattern DATE_PART = Pattern.compile("(?i)\\s*(?:held\\s+)?(?:on\\s+)?(?:(?:" + DateFragments.WEEKDAY
			+ "),?\\s+)?(?:" + DateFragments.DAY + "\\s+)?" + DateFragments.MONTH + "(?:\\s+" + DateFragments.YEAR
			+ ")?|\\s*(?:held\\s+on\\s+)?\\d{1,2}/\\d{1,2}/\\d{2,4}|\\s+" + DateFragments.YEAR + "\\b");

	private BodyName() {
	}

	/** The title with its document kind ("Meeting Notes") taken off. */
	static String title(String heading) {
		return DOCUMENT_KIND.matcher(heading.strip()).replaceFirst("").strip();
	}

	static String of(String heading) {
		String body = LEADING_KIND.matcher(title(heading)).replaceFirst("");
		body = DATE_PART.matcher(body).replaceAll("");
		body = body.replaceAll("(?i)\\s+held\\s*$", "").replaceAll("[\\s\u2013\u2014:,-]+$", "").strip();
		return body.isEmpty() ? title(heading) : body;
	}

}
