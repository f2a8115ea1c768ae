package org.scrutiny.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the web page's per-role bar chart draws: each role's name on a line of its own (a long title is not cut), then
 * its raised, closed, open and overdue bars, as long as their share of the largest figure. Only the numbers are worked
 * out here; the SVG is written by the template.
 *
 * @param width the chart's width in SVG units (the page scales it to the column)
 * @param height the chart's height in SVG units
 * @param labels each role's name and where it is written
 * @param bars each bar, with its figure and where that is written
 * @param desc what the chart shows, in words (the PDF's alternative text)
 */
public record PageChart(int width, int height, List<Label> labels, List<Bar> bars, String desc) {

	/** Series, in the order the PDF's chart and the table give them; each is a CSS class of the style sheet. */
	static final List<String> SERIES = List.of("raised", "closed", "open", "overdue");

	/** Narrow enough that a phone 320 px wide shows the text at 11 px (the style sheet draws it at 13 units). */
	private static final int WIDTH = 360;

	/** Longest bar: room is left after it for its figure ("12 overdue"). */
	private static final int LONGEST = 290;

	private static final int LABEL_HEIGHT = 20;

	private static final int BAR_HEIGHT = 14;

	private static final int BAR_GAP = 2;

	private static final int GROUP_GAP = 14;

	/** A role's name, its baseline at {@code y}. */
	public record Label(String text, int y) {
	}

	/** One bar: its series, its figure and its place; {@code textX} is where its figure is written. */
	public record Bar(String series, int value, int y, int length, int textX, int textY) {
	}

	static PageChart of(List<Rows.RoleCount> roles, String desc) {
		int max = roles.stream().flatMap(PageChart::figures).mapToInt(Integer::intValue).max().orElse(0);
		List<Label> labels = new ArrayList<>();
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		for (Rows.RoleCount role : roles) {
			labels.add(new Label(role.role(), y + LABEL_HEIGHT - 6));
			y += LABEL_HEIGHT;
			List<Integer> figures = figures(role).toList();
			for (int i = 0; i < SERIES.size(); i++) {
				int value = figures.get(i);
				int length = max == 0 ? 0 : Math.round((float) value * LONGEST / max);
				bars.add(new Bar(SERIES.get(i), value, y, length, length + 4, y + BAR_HEIGHT - 3));
				y += BAR_HEIGHT + BAR_GAP;
			}
			y += GROUP_GAP;
		}
		return new PageChart(WIDTH, Math.max(y, LABEL_HEIGHT), labels, bars, desc);
	}

	private static Stream<Integer> figures(Rows.RoleCount role) {
		return Stream.of(role.raised(), role.closed(), role.open(), role.overdue());
	}

}
