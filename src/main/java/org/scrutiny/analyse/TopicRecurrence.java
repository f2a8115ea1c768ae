package org.scrutiny.analyse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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

	/** A meeting at which a topic came up. */
	public record Seen(String topic, LocalDate meetingDate) {
	}

	/** One row of topics.csv. */
	public record Summary(String topic, int meetings, LocalDate firstSeen, LocalDate lastSeen, long longestGapDays,
			int actions, int openActions) {
	}

	/** The longest snippet kept, in characters: enough to recognise the passage. */
	private static final int SNIPPET = 200;

	private final TopicTaxonomy taxonomy;

	private final Map<String, List<TermAt>> termsByFirstStem;

	public TopicRecurrence(TopicTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.termsByFirstStem = termsByFirstStem(taxonomy);
	}

	/** The topics one meeting mentions, each at its first line. */
	public List<Mention> mentions(MeetingRef meeting, List<NoteText> lines) {
		// each line is stemmed once and looked up by its stems, not stemmed and searched once per topic and term:
		// the scan of a national corpus was mostly that
		List<BitSet> topicsOfLine = new ArrayList<>(lines.size());
		for (NoteText line : lines) {
			topicsOfLine.add(StandingItems.isStandingHeading(line.text()) ? new BitSet() : topicsIn(Stemming.stems(line.text())));
		}
		List<Mention> out = new ArrayList<>();
		List<TopicTaxonomy.Topic> topics = taxonomy.topics();
		for (int t = 0; t < topics.size(); t++) {
			TopicTaxonomy.Topic topic = topics.get(t);
			NoteText first = null;
			for (int i = 0; i < lines.size(); i++) {
				NoteText line = lines.get(i);
				if (topicsOfLine.get(i).get(t)) {
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
		List<TopicTaxonomy.Topic> topics = taxonomy.topics();
		BitSet named = topicsIn(Stemming.stems(text));
		for (int t = 0; t < topics.size(); t++) {
			if (named.get(t) && topics.get(t).name().equals(topicName)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param seen the meetings at which each topic came up
	 * @param ages the ledger at the report date, for the actions each topic produced
	 */
	public List<Summary> summarise(List<Seen> seen, List<CarryForwardAges.Age> ages) {
		Map<String, List<LocalDate>> dates = new TreeMap<>();
		for (Seen s : seen) {
			dates.computeIfAbsent(s.topic(), k -> new ArrayList<>()).add(s.meetingDate());
		}
		// each action's wording is stemmed and looked up once, not searched once per topic
		List<TopicTaxonomy.Topic> topics = taxonomy.topics();
		Map<String, int[]> produced = new HashMap<>();
		for (CarryForwardAges.Age age : ages) {
			BitSet named = topicsIn(Stemming.stems(age.entry().text()));
			for (int t = named.nextSetBit(0); t >= 0; t = named.nextSetBit(t + 1)) {
				int[] tally = produced.computeIfAbsent(topics.get(t).name(), k -> new int[2]);
				tally[0]++;
				tally[1] += age.status() == org.scrutiny.model.ActionStatus.OPEN ? 1 : 0;
			}
		}
		List<Summary> out = new ArrayList<>();
		dates.forEach((topic, days) -> {
			Collections.sort(days);
			long gap = 0;
			for (int i = 1; i < days.size(); i++) {
				gap = Math.max(gap, ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)));
			}
			int[] tally = produced.getOrDefault(topic, new int[2]);
			out.add(new Summary(topic, days.size(), days.get(0), days.get(days.size() - 1), gap, tally[0], tally[1]));
		});
		out.sort(Comparator.comparingInt(Summary::meetings).reversed().thenComparing(Summary::topic));
		return out;
	}

	/** The topics (by their place in the taxonomy) one of whose terms the stems contain. */
	private BitSet topicsIn(List<String> stems) {
		BitSet found = new BitSet();
		for (int p = 0; p < stems.size(); p++) {
			for (TermAt term : termsByFirstStem.getOrDefault(stems.get(p), List.of())) {
				int end = p + term.stems().size();
				if (end <= stems.size() && stems.subList(p, end).equals(term.stems())) {
					found.set(term.topic());
				}
			}
		}
		return found;
	}

	private static Map<String, List<TermAt>> termsByFirstStem(TopicTaxonomy taxonomy) {
		Map<String, List<TermAt>> index = new HashMap<>();
		List<TopicTaxonomy.Topic> topics = taxonomy.topics();
		for (int t = 0; t < topics.size(); t++) {
			for (List<String> term : topics.get(t).terms()) {
				index.computeIfAbsent(term.get(0), k -> new ArrayList<>()).add(new TermAt(t, term));
			}
		}
		return index;
	}

	/** A term, by the place of its topic in the taxonomy. */
	private record TermAt(int topic, List<String> stems) {
	}

	private static String snippet(String text) {
		String t = text.strip();
		return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET - 1).strip() + "\u2026";
	}

}
