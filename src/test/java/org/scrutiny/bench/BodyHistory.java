package org.scrutiny.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One body's run of monthly meetings: the actions each meeting raises, and the reports at later meetings on the
 * actions still open, each naming the month the action was raised in, until the action is closed. A few actions are
 * never reported on again (the silent drops the analytics look for).
 */
final class BodyHistory {

	/** The owners the generated actions are given, as role codes. */
	private static final String[] OWNERS = { "CC", "DCC", "ACC", "CEX", "DPCC", "ACC", "DCC" };

	/** At most this many brought-forward reports per meeting, oldest first; the others wait for a later meeting. */
	private static final int MAX_REPORTS = 8;

	private static final double CLOSED_AT_REPORT = 0.45;

	private static final double NEVER_REPORTED = 0.08;

	/** An action raised at a generated meeting. */
	record Raised(YearMonth raisedIn, String owner, String phrase, String due, String topic, boolean silent) {

		/** "The ACC to review ... by June 2019" without the article. */
		String wording() {
			return owner + " to " + phrase + due;
		}

	}

	/** A later meeting's report on an earlier action. */
	record Report(Raised action, String update, boolean closed) {
	}

	/** What one meeting's notes hold. */
	record Plan(Body body, LocalDate date, LocalDate previous, List<Report> reports, List<Item> items) {
	}

	/** An agenda item: its topic, the discussion and the actions it raised. */
	record Item(String topic, List<String> discussion, List<Raised> actions) {
	}

	private final Body body;

	private final Wording words;

	private final List<Raised> open = new ArrayList<>();

	private LocalDate previous;

	private int topicCursor;

	BodyHistory(Body body, Wording words) {
		this.body = body;
		this.words = words;
		this.topicCursor = body.index() * 7;
	}

	Plan next(LocalDate date) {
		List<Report> reports = new ArrayList<>();
		Iterator<Raised> it = open.iterator();
		while (it.hasNext() && reports.size() < MAX_REPORTS) {
			Raised action = it.next();
			if (action.silent()) {
				continue;
			}
			boolean closed = words.chance(CLOSED_AT_REPORT);
			reports.add(new Report(action, words.update(closed), closed));
			if (closed) {
				it.remove();
			}
		}
		List<Item> items = new ArrayList<>();
		int itemCount = words.between(2, 4);
		for (int i = 0; i < itemCount; i++) {
			String topic = words.topic(topicCursor += words.between(1, 5));
			List<Raised> actions = new ArrayList<>();
			int actionCount = words.between(1, 2);
			for (int a = 0; a < actionCount; a++) {
				Raised raised = new Raised(YearMonth.from(date), words.pick(OWNERS), words.actionPhrase(topic),
						words.duePhrase(date), topic, words.chance(NEVER_REPORTED));
				actions.add(raised);
				open.add(raised);
			}
			items.add(new Item(topic, words.discussion(words.pick(OWNERS), topic, words.between(3, 7)), actions));
		}
		Plan plan = new Plan(body, date, previous, reports, items);
		previous = date;
		return plan;
	}

}
