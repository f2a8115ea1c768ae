package org.scrutiny.parse.actions;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.Due;
import org.scrutiny.parse.text.DateFragments;

/**
 * A deadline stated in the sentence right before a commitment that says none itself: "residents were encouraged to
 * complete this online consultation before 31st January 2024. SW agreed that she would look to encourage members of
 * the community to engage in this consultation." Only a dated deadline ("before", "by", "no later than" a day) counts:
 * a date the sentence merely mentions (a meeting held on it) is not the action's.
 */
public final class DeadlineBefore {

	// matches: "complete this online consultation before 31st January 2024."   "evidence by 3 February"
	private static final Pattern DEADLINE = Pattern.compile("\\b(?:[Bb]efore|by|no\\s+later\\s+than|deadline\\s+(?:of|is))\\s+(?:the\\s+)?("
			+ DateFragments.DAY + ")\\s+(?:of\\s+)?(" + DateFragments.MONTH + ")(?:,?\\s+(" + DateFragments.YEAR + "))?\\b");

	// where a sentence ends: a stop and a space before a capital or digit
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=[A-Z0-9])");

	private DeadlineBefore() {
	}

	/** The sentence before the one that holds position {@code at} of the line, if there is one. */
	public static Optional<String> sentenceBefore(String line, int at) {
		if (at <= 0 || at > line.length()) {
			return Optional.empty();
		}
		int previousStart = -1;
		int ownStart = 0;
		Matcher m = SENTENCE_END.matcher(line);
		while (m.find() && m.end() <= at) {
			previousStart = ownStart;
			ownStart = m.end();
		}
		return previousStart < 0 ? Optional.empty() : Optional.of(line.substring(previousStart, ownStart).strip());
	}

	/** The deadline the sentence before gives, as the action's due date; none when there is no sentence or no deadline. */
	public static Optional<Due> find(String sentenceBefore, LocalDate meeting) {
		if (sentenceBefore == null) {
			return Optional.empty();
		}
		Matcher m = DEADLINE.matcher(sentenceBefore);
		if (!m.find()) {
			return Optional.empty();
		}
		int day = DateFragments.day(m.group(1));
		if (m.group(3) != null) {
			return DueDateRule.find("by " + day + " " + m.group(2) + " " + m.group(3), meeting, null);
		}
		return DueDateRule.find("by " + day + " " + m.group(2), meeting, null);
	}

}
