package org.scrutiny.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Notes after cleaning: the lines the parser reads. It is stored between the normalise and parse steps as text, one
 * line a row: the source line number, then the cells, all separated by tabs (cells never hold a tab or newline).
 */
public record NormalisedNote(List<NoteLine> lines) {

	public NormalisedNote {
		lines = List.copyOf(lines);
	}

	public String serialise() {
		StringBuilder out = new StringBuilder();
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
		for (String row : text.split("\n")) {
			if (row.isEmpty()) {
				continue;
			}
			String[] parts = row.split("\t", -1);
			lines.add(new NoteLine(Integer.parseInt(parts[0]), Arrays.asList(parts).subList(1, parts.length)));
		}
		return new NormalisedNote(lines);
	}

}
