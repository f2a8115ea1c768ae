package org.scrutiny.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of the synthetic notes: topics from the taxonomy ({@code topics.csv}), action wordings, updates and
 * discussion lines, each drawn from a seeded random source so that the same seed gives the same notes.
 */
final class Wording {

	static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final String[] VERBS = { "provide an update on", "review", "share the findings of the review of",
			"report on", "present options for", "circulate a briefing on", "confirm the timetable for",
			"clarify the governance of", "provide assurance on", "present an analysis of" };

	private static final String[] OBJECTS = { "%s performance", "the %s action plan", "demand arising from %s",
			"the audit of %s", "the partnership approach to %s", "the resourcing of %s", "public confidence in %s",
			"the recent inspection findings on %s" };

	private static final String[] QUALIFIERS = { "", " by local policing area", " for the last quarter",
			" with partner agencies", " including the cost", " across the force area", " for the rural districts",
			" with the victims' hub", " against the national average" };

	private static final String[] OPEN_UPDATES = { "Ongoing", "Ongoing – a report is being prepared",
			"In progress; data being validated", "Awaiting the national return", "Ongoing – revised date next quarter" };

	private static final String[] CLOSED_UPDATES = { "Complete", "Complete – report circulated to members",
			"Discharged", "Closed – presented to the board" };

	private static final String[] DISCUSSION = { "The %s presented the quarterly report on %s.",
			"Recorded offences relating to %2$s had changed by %3$d%% year on year.",
			"Members asked how %2$s compared with the most similar group of forces.",
			"The %s said that %s remained a priority in the police and crime plan.",
			"The %s noted that demand linked to %s was highest at weekends.",
			"The board discussed the workforce needed for %2$s and the budget for the year.",
			"Around %3$d cases relating to %2$s were reviewed by supervisors in the quarter." };

	private final List<String> topics;

	private final SplittableRandom random;

	Wording(SplittableRandom random) {
		this.random = random;
		this.topics = taxonomyTerms();
	}

	int topicCount() {
		return topics.size();
	}

	/** The first term of the i-th topic, as the notes would write it. */
	String topic(int i) {
		return topics.get(Math.floorMod(i, topics.size()));
	}

	/** "provide an update on burglary performance by local policing area": an action without its owner. */
	String actionPhrase(String topic) {
		return pick(VERBS) + " " + String.format(pick(OBJECTS), topic) + pick(QUALIFIERS);
	}

	/** When it is due, as a phrase that ends the action's wording, or "" (no due date). */
	String duePhrase(LocalDate meeting) {
		return switch (random.nextInt(5)) {
			case 0 -> " by " + meeting.plusMonths(2).withDayOfMonth(random.nextInt(1, 28)).format(DAY_MONTH_YEAR);
			case 1 -> " at the next meeting";
			case 2 -> " in three months";
			case 3 -> " by " + meeting.plusMonths(random.nextInt(1, 6)).format(MONTH_YEAR);
			default -> "";
		};
	}

	String update(boolean closed) {
		return closed ? pick(CLOSED_UPDATES) : pick(OPEN_UPDATES);
	}

	List<String> discussion(String role, String topic, int lines) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			out.add(String.format(pick(DISCUSSION), role, topic, random.nextInt(3, 40)));
		}
		return out;
	}

	String pick(String[] options) {
		return options[random.nextInt(options.length)];
	}

	int between(int from, int toInclusive) {
		return random.nextInt(from, toInclusive + 1);
	}

	boolean chance(double p) {
		return random.nextDouble() < p;
	}

	static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static List<String> taxonomyTerms() {
		List<String> terms = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(Wording.class.getResourceAsStream("/topics.csv"), StandardCharsets.UTF_8))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				int comma = line.indexOf(',');
				if (comma > 0) {
					String first = line.substring(comma + 1).split(";")[0].replace("\"", "").strip();
					terms.add(first.length() <= 4 ? line.substring(0, comma).replace("\"", "") : first);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
