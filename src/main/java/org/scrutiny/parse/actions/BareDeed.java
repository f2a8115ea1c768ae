package org.scrutiny.parse.actions;

import java.util.regex.Pattern;

/**
 * An action that says only "follow up", with what to follow up in the line before it:
 * "Spotlight on Spend – Need to understand if there is a discrepancy ..." then "Action: Chris Taggart to follow up."
 * The action keeps that line as its object, as a reader of the minutes would take it. Alike an action with a verb and
 * no object ("Action: publish on Data.gov.uk."), whose object is the sentence before it.
 */
public final class BareDeed {

	// matches: "Chris Taggart to follow up."   "JS to take this forward"   "Clerk to look into it"   (a deed with no object)
	private static final Pattern BARE = Pattern.compile("(?i)^(?:\\S+(?:\\s+\\S+){0,5}\\s+to\\s+)?(?:follow\\s+(?:this\\s+|it\\s+)?up|"
			+ "take\\s+(?:this|it)\\s+(?:forward|back|up)|look\\s+into\\s+(?:this|it)|progress\\s+(?:this|it)|action\\s+(?:this|it)|investigate)\\s*[.!]?\\s*$");

	// matches: "publish on Data.gov.uk."   "circulate to members"   (a verb straight into its place: the object, what
	// to publish, is the sentence before, "The Panel's position statement on FOI ... was agreed.")
	private static final Pattern NO_OBJECT = Pattern.compile("(?i)^(?:publish|circulate|send|share|distribute|forward|upload|post)\\s+(?:on|to|via)\\b.*");

	/** Context longer than this is no single point; shorter than this says nothing. */
	private static final int MAX_CONTEXT = 300;

	private static final int MIN_CONTEXT = 15;

	private BareDeed() {
	}

	/** The action with the line before it as its object, where the action names none; else the action as it is. */
	public static String withObject(String action, String lineBefore) {
		String context = lineBefore == null ? "" : lineBefore.strip().replaceAll("[.;:]$", "");
		if (!BARE.matcher(action.strip()).matches() && !NO_OBJECT.matcher(action.strip()).matches() || context.length() < MIN_CONTEXT || context.length() > MAX_CONTEXT) {
			return action;
		}
		return action.strip().replaceAll("[.!]$", "") + " (" + context + ")";
	}

}
