package org.scrutiny.analyse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scrutiny.analyse.LedgerInput.MeetingRef;

/**
 * Which subjects keep coming back: each topic's first mention in each meeting (never in a standing agenda item), and
 * per topic the meetings it appears in, first and last seen, the longest gap between appearances, and the actions it
 * produced with how many are still open.
 */
public final class TopicRecurrence {

	/** A line of a meeting's notes; a restricted one is from a protectively-marked passage. */
	public record NoteText(int sourceLine, String text, boolean restricted) {

		public NoteText(int sourceLine, String text) {
			this(sourceLine, text, false);
		}

	}

	/** A topic's first mention in one meeting (the first in unmarked notes, where there is one). */
	public record Mention(String topic, LocalDate meetingDate, String sourceFile, int sourceLine, String snippet,
			boolean restricted) {

		public Mention(String topic, LocalDate meetingDate, String sourceFile, int sourceLine, String snippet) {
			this(topic, meetingDate, sourceFile, sourceLine, snippet, false);
		}

	}

	/** One row of topics.csv. */
	public record Summary(String topic, int meetings, LocalDate firstSeen, LocalDate lastSeen, long longestGapDays,
			int actions, int openActions) {
	}

	/** The longest snippet kept, in characters: enough to recognise the passage. */
	private static final int SNIPPET = 200;

	private final TopicTaxonomy taxonomy;

	public TopicRecurrence(TopicTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** The topics one meeting mentions, each at its first line. */
	public List<Mention> mentions(MeetingRef meeting, List<NoteText> lines) {
		// each line is stemmed once, not once per topic: the scan of a national corpus was mostly stemming
		List<List<String>> stems = new ArrayList<>(lines.size());
		for (NoteText line : lines) {
			stems.add(StandingItems.isStandingHeading(line.text()) ? null : Stemming.stems(line.text()));
		}
		List<Mention> out = new ArrayList<>();
		for (TopicTaxonomy.Topic topic : taxonomy.topics()) {
			NoteText first = null;
			for (int i = 0; i < lines.size(); i++) {
				NoteText line = lines.get(i);
				if (stems.get(i) != null && matches(topic, stems.get(i))) {
					if (!line.restricted()) {
						first = line;
						break;
					}
					first = first == null ? line : first;
				}
			}
			if (first != null) {
				out.add(new Mention(topic.name(), meeting.date(), meeting.sourceFile(), first.sourceLine(),
						snippet(first.text()), first.restricted()));
			}
		}
		return out;
	}

	/** True when the action's wording names the topic. */
	public boolean names(String topicName, String text) {
		return names(topicName, Stemming.stems(text));
	}

	private boolean names(String topicName, List<String> stems) {
		return taxonomy.topics().stream().filter(t -> t.name().equals(topicName)).anyMatch(t -> matches(t, stems));
	}

	/**
	 * @param mentions every meeting's mentions
	 * @param ages the ledger at the report date, for the actions each topic produced
	 */
	public List<Summary> summarise(List<Mention> mentions, List<CarryForwardAges.Age> ages) {
		Map<String, List<LocalDate>> dates = new TreeMap<>();
		for (Mention m : mentions) {
			dates.computeIfAbsent(m.topic(), k -> new ArrayList<>()).add(m.meetingDate());
		}
		List<List<String>> ageStems = ages.stream().map(a -> Stemming.stems(a.entry().text())).toList();
		List<Summary> out = new ArrayList<>();
		dates.forEach((topic, seen) -> {
			Collections.sort(seen);
			long gap = 0;
			for (int i = 1; i < seen.size(); i++) {
				gap = Math.max(gap, ChronoUnit.DAYS.between(seen.get(i - 1), seen.get(i)));
			}
			List<CarryForwardAges.Age> produced = new ArrayList<>();
			for (int i = 0; i < ages.size(); i++) {
				if (names(topic, ageStems.get(i))) {
					produced.add(ages.get(i));
				}
			}
			int open = (int) produced.stream().filter(a -> a.status() == org.scrutiny.model.ActionStatus.OPEN).count();
			out.add(new Summary(topic, seen.size(), seen.get(0), seen.get(seen.size() - 1), gap, produced.size(), open));
		});
		out.sort(Comparator.comparingInt(Summary::meetings).reversed().thenComparing(Summary::topic));
		return out;
	}

	private static boolean matches(TopicTaxonomy.Topic topic, List<String> stems) {
		return topic.terms().stream().anyMatch(term -> Collections.indexOfSubList(stems, term) >= 0);
	}

	private static String snippet(String text) {
		String t = text.strip();
		return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET - 1).strip() + "\u2026";
	}

}
