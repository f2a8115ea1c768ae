package org.scrutiny.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.scrutiny.report.ReportContent.Section;
import org.scrutiny.report.ReportQueries.Mention;
import org.scrutiny.report.ReportQueries.StoredMeeting;

/**
 * The topic × meeting grid: one row per topic raised at any of the latest {@value #COLUMNS} meetings up to the period's
 * end, a column per meeting (oldest on the left) saying Yes or No, and how many of those meetings it came up in. Topics
 * that recur most come first.
 */
final class TopicGrid {

	static final int COLUMNS = 6;

	private static final String YES = "Yes";

	private static final String NO = "No";

	private static final String UNUSED = "";

	private TopicGrid() {
	}

	/**
	 * @param latest the latest meetings up to the period's end, oldest first (the last {@value #COLUMNS} are used)
	 * @param mentions the topics raised at them
	 */
	static Section of(List<StoredMeeting> latest, List<Mention> mentions, String intro) {
		List<StoredMeeting> columns = latest.subList(Math.max(0, latest.size() - COLUMNS), latest.size());
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			index.put(columns.get(i).sourceFile(), i);
		}
		Map<String, Set<Integer>> seen = new TreeMap<>();
		for (Mention m : mentions) {
			Integer column = index.get(m.sourceFile());
			if (column != null) {
				seen.computeIfAbsent(m.topic(), t -> new LinkedHashSet<>()).add(column);
			}
		}
		List<Rows.Topic> rows = new ArrayList<>();
		seen.entrySet().stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, Set<Integer>> e) -> -e.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.forEach(e -> rows.add(row(e.getKey(), e.getValue(), columns.size())));
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < COLUMNS; i++) {
			params.put("Meeting" + (i + 1), i < columns.size() ? columns.get(i).date().format(PeriodSections.DAY) : UNUSED);
		}
		return new Section("TopicGridSubreport", rows, params,
				rows.isEmpty() ? "No topic of the taxonomy came up." : intro.formatted(rows.size(), columns.size()));
	}

	private static Rows.Topic row(String topic, Set<Integer> columns, int used) {
		String[] cells = new String[COLUMNS];
		for (int i = 0; i < COLUMNS; i++) {
			cells[i] = i >= used ? UNUSED : columns.contains(i) ? YES : NO;
		}
		return new Rows.Topic(topic, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
				Integer.toString(columns.size()));
	}

}
