package org.scrutiny.parse.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action marked at its end rather than its start: the tag closes the line, and the action is the sentence it
 * closes ("The PSI welcome was discussed. Andy to email Jan/PSI welcoming them (Action 2.6)").
 */
public final class TrailingActionTag {

	// matches: "Andy to invite HZB to join the steering committee (Action 2.5)"   "... (Action 3)"
	// matches: "BM has changed roles and will let the steering group know if he is going to remain a member. (ACTION)"
	// matches: "Courtyard bench damage - to be investigated. ACTION"
	private static final Pattern TAG = Pattern.compile("\\s*(?:\\(\\s*(?i:action)\\s*(?:(?:no\\.?\\s*)?[A-Z]{0,4}\\d{1,3}(?:\\.\\d{1,3})*)?\\s*\\)|[.\\s]\\s*ACTION)\\s*[.;]?\\s*$");

	// matches: the end of a sentence before the last one ("... not clearly defined. ")
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s+(?=[A-Z\\[(\"\u201c])");

	// matches: "Set quarterley meetings and circulate ToR [new for Helen Jeffrey]"   (a new action and its owner)
	// matches: "To look into how patients can get follow up scans done locally [**new for PMs**]"   (the tag in bold)
	private static final Pattern NEW_FOR = Pattern.compile("\\s*\\[\\s*(?:\\*{1,2}|_{1,2})?\\s*(?i:new)\\s+(?i:for)\\s+([^\\]*_]{1,80}?)\\s*(?:\\*{1,2}|_{1,2})?\\s*\\]\\s*[.;]?\\s*$");

	/** An action tagged "[new for X]": its text and the owner the tag names. */
	public record NewFor(String text, String owner) {
	}

	private TrailingActionTag() {
	}

	/** The item tagged as a new action for someone ("... [new for Helen Jeffrey]"). */
	public static Optional<NewFor> newFor(String line) {
		if (!line.endsWith("]") && !line.endsWith(".")) {
			return Optional.empty();
		}
		Matcher tag = NEW_FOR.matcher(line);
		if (!tag.find()) {
			return Optional.empty();
		}
		String text = line.substring(0, tag.start()).strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(new NewFor(text, tag.group(1).strip()));
	}

	/** The action the line's closing tag marks: the last sentence, without the tag. */
	public static Optional<String> action(String line) {
		if (!line.endsWith(")") && !line.endsWith("ACTION") && !line.endsWith(".") && !line.endsWith(";")) {
			return Optional.empty();
		}
		Matcher tag = TAG.matcher(line);
		if (!tag.find()) {
			return Optional.empty();
		}
		String before = line.substring(0, tag.start()).strip();
		Matcher end = SENTENCE_END.matcher(before);
		int start = 0;
		while (end.find()) {
			start = end.end();
		}
		String action = before.substring(start).strip();
		return action.length() < 8 ? Optional.empty() : Optional.of(action);
	}

}
