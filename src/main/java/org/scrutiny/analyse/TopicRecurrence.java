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

	private static boolean matches(TopicTaxonomy.Topic topic, List<String> stems) {
		return topic.terms().stream().anyMatch(term -> Collections.indexOfSubList(stems, term) >= 0);
	}

	private static String snippet(String text) {
		String t = text.strip();
		return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET - 1).strip() + "\u2026";
	}

}
