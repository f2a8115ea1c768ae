package org.scrutiny.analyse;

import java.util.regex.Pattern;

/**
 * Agenda items that every meeting has by design, so they are never topics: apologies, minutes of the last meeting,
 * matters arising and outstanding actions, any other business, the date of the next meeting, and the standing parts
 * of a holding-to-account agenda (performance against the plan, the inspection programme, the executive board).
 */
final class StandingItems {

	// matches: Apologies   Minutes of the last meeting   Matters arising   OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD
	// matches: Actions arising from the February 2018 meeting   AOB   Any other business   DATE OF NEXT MEETING
	// matches: HOLDING TO ACCOUNT   PERFORMANCE AGAINST THE POLICE AND CRIME PLAN   HMICFRS inspection programme
	// matches: OPERATIONAL AND REPUTATIONAL OPPORTUNITIES AND RISKS   CHIEF OFFICER MEETING / EXECUTIVE BOARD - UPDATE
	private static final Pattern STANDING = Pattern.compile("(?i)\\b(?:apologies|minutes\\s+of\\s+(?:the\\s+)?(?:last|previous)\\s+meeting|"
			+ "matters\\s+arising|outstanding\\s+(?:matters|actions)|items?\\s+brought\\s+forward|actions?\\s+(?:arising|log)|"
			+ "aob|any\\s+other\\s+business|(?:date\\s+of\\s+|confirmation\\s+of\\s+)?next\\s+meeting|holding\\s+to\\s+account|"
			+ "performance\\s+against\\s+the|inspection\\s+programme|service\\s+improvement\\s+board|"
			+ "operational\\s+and\\s+reputational|chief\\s+officer\\s+meeting|executive\\s+board)\\b");

	/** A standing item is a heading: a longer line that mentions one is discussion, and can name a topic. */
	private static final int HEADING_LENGTH = 90;

	private StandingItems() {
	}

	/** A topic name or agenda heading that is a standing item. */
	static boolean isStanding(String text) {
		return STANDING.matcher(text).find();
	}

	/** A line of the notes that heads a standing item, whose words never count towards a topic. */
	static boolean isStandingHeading(String line) {
		return line.strip().length() <= HEADING_LENGTH && isStanding(line);
	}

}
