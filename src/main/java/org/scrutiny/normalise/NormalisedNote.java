package org.scrutiny.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Notes after cleaning: the lines the parser reads, and where the printed pages of the notes begin (a PDF's pages, a
 * text dump's form feeds), so that each line can be found on its page. It is stored between the normalise and parse
 * steps as text, one line a row: the source line number, then the cells, all separated by tabs (cells never hold a tab
 * or newline); a first row "#pages" lists the source lines that start pages 2, 3, ...
 *
 * @param pageStarts the source lines that start the second page, the third, and so on (empty for one page)
 */
public record NormalisedNote(List<NoteLine> lines, List<Integer> pageStarts) {

	/** The marker of the row that lists where pages start. */
	private static final String PAGES = "#pages";

	public NormalisedNote {
		lines = List.copyOf(lines);
		pageStarts = List.copyOf(pageStarts);
	}

	/** Notes of one page. */
	public NormalisedNote(List<NoteLine> lines) {
		this(lines, List.of());
	}

	/** The page the source line is printed on, from 1. */
	public int page(int sourceLine) {
		int page = 1;
		for (int start : pageStarts) {
			if (start <= sourceLine) {
				page++;
			}
		}
		return page;
	}

	public String serialise() {
		StringBuilder out = new StringBuilder();
		if (!pageStarts.isEmpty()) {
			out.append(PAGES);
			pageStarts.forEach(start -> out.append('\t').append(start));
			out.append('\n');
		}
		for (NoteLine line : lines) {
			out.append(line.sourceLine());
			for (String cell : line.cells()) {
				out.append('\t').append(cell);
			}
			out.append('\n');
		}
		return out.toString();
	}

	public static NormalisedNote deserialise(String text) {
		List<NoteLine> lines = new ArrayList<>();
		List<Integer> pageStarts = new ArrayList<>();
		for (String row : text.split("\n")) {
			if (row.isEmpty()) {
				continue;
			}
			String[] parts = row.split("\t", -1);
			if (parts[0].equals(PAGES)) {
				Arrays.stream(parts).skip(1).map(Integer::parseInt).forEach(pageStarts::add);
				continue;
			}
			lines.add(new NoteLine(Integer.parseInt(parts[0]), Arrays.asList(parts).subList(1, parts.length)));
		}
		return new NormalisedNote(lines, pageStarts);
	}

}
