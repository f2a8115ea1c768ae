package org.scrutiny.parse.header;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.text.DateFragments;
import org.scrutiny.parse.text.Spaces;

/**
 * The body that met, from the notes' title: "Monthly Assurance Meeting March 2018 – Meeting Notes" is the Monthly
 * Assurance Meeting; "Minutes of the Police Accountability Board held on 3 May 2019" the Police Accountability Board.
 */
public final class BodyName {

	// matches: – Meeting Notes   - Minutes   : Notes of meeting
	private static final Pattern DOCUMENT_KIND = Pattern.compile("(?i)\\s*[-\u2013\u2014:|]\\s*(?:meeting\\s+)?(?:notes|minutes)(?:\\s+of\\s+(?:the\\s+)?meeting)?\\s*$");

	// matches: Minutes of the   Notes of   Draft minutes of a
	private static final Pattern LEADING_KIND = Pattern.compile("(?i)^(?:draft\\s+|confirmed\\s+|unconfirmed\\s+)?(?:minutes|notes)\\s+of\\s+(?:the\\s+|a\\s+)?");

	// matches: held on 3 May 2019   March 2018   Tuesday 27 March 2018   12/03/2019   " - 2025-07-19"
	private static final Pattern DATE_PART = Pattern.compile("(?i)\\s*(?:held\\s+)?(?:on\\s+)?(?:(?:" + DateFragments.WEEKDAY
			+ "),?\\s+)?(?:" + DateFragments.DAY + "\\s+)?" + DateFragments.MONTH + "(?:\\s+" + DateFragments.YEAR
			+ ")?|\\s*(?:held\\s+on\\s+)?\\d{1,2}/\\d{1,2}/\\d{2,4}|\\s*[-\u2013]?\\s*" + DateFragments.ISO_DATE + "\\b|\\s+"
			+ DateFragments.YEAR + "\\b");

	// matches: " at 10.00am"  ", 2pm, via Microsoft Teams"  " 14:00 Room 1"   (what follows the date in a title)
	private static final Pattern TIME_AND_PLACE = Pattern.compile("(?i)(?:\\s*,|\\s+at)?\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm)\\b.*$"
			+ "|(?:\\s*,|\\s+at)\\s+\\d{1,2}[.:]\\d{2}\\b.*$|\\s*,?\\s+(?:via|in|at)\\s+(?:microsoft\\s+teams|zoom|teams|the\\s+).*$");

	// matches: " Meeting #3"  " Meeting No.5"  ": 1st Meeting"  " – Tenth Meeting"  (which meeting of the body: every
	// meeting of one body must carry the same name for its actions to be followed from one to the next)
	private static final Pattern MEETING_NUMBER = Pattern.compile("(?i)[\\s\u2013\u2014:,-]+(?:meeting\\s*(?:#|no\\.?)\\s*\\d+"
			+ "|(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
			+ "|\\w+teenth|\\w+ieth)\\s+meeting)\\s*$");

	// matches: " - Minutes of the meetingat Home Office"   (the document kind run into the place)
	private static final Pattern MINUTES_AND_PLACE = Pattern.compile("(?i)\\s*[-\u2013\u2014:]\\s*minutes\\s+of\\s+the\\s+meeting.*$");

	// matches: "Autumn " in "Autumn Obs & Gynae Group Meeting"   (the season names the meeting, not the body)
	private static final Pattern LEADING_SEASON = Pattern.compile("(?i)^(?:spring|summer|autumn|winter)\\s+(?=\\S+\\s+\\S)");

	// matches: " held" at the end of "Police Accountability Board held"
	private static final Pattern TRAILING_HELD = Pattern.compile("(?i)\\s+held\\s*$");

	// matches: " –" and ", " at the end of "Police Accountability Board – "
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\u2013\u2014:,-]+$");

	// matches: "The " in "The Police Accountability Board"
	private static final Pattern LEADING_THE = Pattern.compile("(?i)^(?:the\\s+)");

	/** Words an all-capitals title keeps in lower case. */
	private static final java.util.Set<String> SMALL = java.util.Set.of("of", "and", "the", "for", "to", "in", "on", "a");

	// matches: "General Meeting"  "Minutes for meeting"  "Committee Meeting"  "Minutes for AGM"   (a title naming no body)
	private static final Pattern GENERIC = Pattern.compile("(?i)(?:(?:general|ordinary|extraordinary|special|annual|monthly|full|"
			+ "committee|minutes|notes|for|of|the|meeting|agm)\\s*)+");

	// matches: "GOVAN COMMUNITY COUNCIL"  "Milburn Parish Council"  "Trustees of the Village Hall Trust"   (a line naming a body)
	private static final Pattern NAMES_A_BODY = Pattern.compile("(?i)^[\\p{L}'\u2019&.\\s-]{2,60}\\b(?:council|committee|board|panel|"
			+ "group|trust|authority|partnership|commission|forum|association|society|federation)$");

	// matches: " Meeting" in "ICAT Steering Committee Meeting"   " Minutes"   " minutes from"   (after a body's name)
	private static final Pattern TRAILING_KIND = Pattern.compile("(?i)\\s+(?:meeting|minutes(?:\\s+from)?|notes)$");

	// matches: " minutes from" in "Crime and Justice Transparency minutes from 3rd August 2011"   (the document's kind
	// and the date it is of: what comes before is the body, whatever words name it)
	private static final Pattern MINUTES_FROM = Pattern.compile("(?i)\\s+(?:minutes|notes)\\s+(?:from|of)$");

	private BodyName() {
	}

	/**
	 * The body, from the title, or where the title names none ("General Meeting 2nd December 2024") from the first
	 * line of the header that names one ("GOVAN COMMUNITY COUNCIL").
	 */
	public static String of(String heading, java.util.List<String> headerLines) {
		String body = of(heading);
		if (!GENERIC.matcher(body).matches()) {
			return body;
		}
		for (String line : headerLines) {
			String text = line.replace("*", "").replace("#", "").strip();
			if (NAMES_A_BODY.matcher(text).matches()) {
				return text.equals(text.toUpperCase(java.util.Locale.ROOT)) ? titleCase(text) : text;
			}
		}
		return body;
	}

	/** The title with its document kind ("Meeting Notes") taken off. */
	public static String title(String heading) {
		return DOCUMENT_KIND.matcher(heading.strip()).replaceFirst("").strip();
	}

	/** "JOINT ACCOUNTABILITY BOARD" reads as "Joint Accountability Board"; short words that may be codes stay. */
	private static String titleCase(String capitals) {
		StringBuilder out = new StringBuilder();
		for (String word : Spaces.split(capitals)) {
			String lower = word.toLowerCase(java.util.Locale.ROOT);
			String cased = SMALL.contains(lower) && out.length() > 0 ? lower
					: word.length() <= 4 && !SMALL.contains(lower) ? word : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
			out.append(out.length() > 0 ? " " : "").append(cased);
		}
		return out.toString();
	}

	public static String of(String heading) {
		String body = LEADING_KIND.matcher(title(heading)).replaceFirst("");
		body = DATE_PART.matcher(body).replaceAll("");
		body = TIME_AND_PLACE.matcher(body).replaceFirst("");
		body = TRAILING_PUNCTUATION.matcher(TRAILING_HELD.matcher(body).replaceAll("")).replaceAll("").strip();
		body = LEADING_THE.matcher(body).replaceAll("");
		body = MINUTES_AND_PLACE.matcher(body).replaceFirst("");
		body = MEETING_NUMBER.matcher(body).replaceFirst("").strip();
		body = LEADING_SEASON.matcher(body).replaceFirst("");
		body = MINUTES_FROM.matcher(body).replaceFirst("");
		Matcher kind = TRAILING_KIND.matcher(body);
		if (kind.find() && NAMES_A_BODY.matcher(body.substring(0, kind.start())).matches()) {
			body = body.substring(0, kind.start());
		}
		if (body.equals(body.toUpperCase(java.util.Locale.ROOT))) {
			body = titleCase(body);
		}
		return body.isEmpty() ? title(heading) : body;
	}

}
