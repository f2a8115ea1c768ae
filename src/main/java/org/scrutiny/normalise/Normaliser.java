package org.scrutiny.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text extracted from meeting-note PDFs into lines the parser can read, keeping each line's source line number.
 * <p>
 * In order: control characters out (they break CSVs and logs); rows split into tab cells; OCR splits across the first
 * two cells mended; HTML inside a cell expanded into one line per paragraph or list item; page furniture out;
 * repeated passages collapsed. Stateless and reusable.
 */
public final class Normaliser {

	// matches: any control character but tab (form feeds, NULs, escape codes)
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]");

	// matches: "  " "\u00a0" (runs of spaces inside a cell, non-breaking ones too)
	private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\u2007\\u202f]+");

	// matches: \uf0b7 \u25aa \u25cf (Symbol-font and other glyphs used as bullets), made a plain bullet
	private static final Pattern BULLET_GLYPH = Pattern.compile("[\\uf0a7\\uf0b7\\uf0d8\\uf076\\u25aa\\u25cf\\u25e6\\u2023\\u2043\\u25a0]");

	/** Longest first cell still read as a row label ("2.1", "4b", "Attendance:"). */
	private static final int MAX_LABEL = 12;

	/** Notes written as plain text, as a PDF-to-text tool or a clerk leaves them. */
	public NormalisedNote normalise(String raw) {
		List<String> lines = lines(raw);
		List<SourceLine> numbered = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			numbered.add(new SourceLine(i + 1, lines.get(i)));
		}
		return normalise(numbered, pageStarts(lines));
	}

	/**
	 * The lines that start a new page: a form feed (a PDF's page end, or a text dump's) puts the line it opens, or else
	 * the line after it, on the next page.
	 */
	static List<Integer> pageStarts(List<String> lines) {
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int feed = line.indexOf('\f');
			while (feed >= 0) {
				boolean opensThisLine = line.substring(feed + 1).strip().length() > 0 && line.substring(0, feed).isBlank();
				starts.add(opensThisLine ? i + 1 : i + 2);
				feed = line.indexOf('\f', feed + 1);
			}
		}
		return starts;
	}

	/**
	 * A file's notes, read by the markup its name says it is written in: Markdown ("200_ayton-cc-2024-01.md") as the
	 * lines its page shows (see {@link MarkdownNote}), anything else as plain text.
	 */
	public NormalisedNote normalise(String fileName, String raw) {
		return MarkdownNote.isMarkdown(fileName) ? normalise(MarkdownNote.lines(lines(raw)), List.of()) : normalise(raw);
	}

	/** @param pageStarts where the printed pages start ({@link #pageStarts}), kept with the lines */
	private NormalisedNote normalise(List<SourceLine> lines, List<Integer> pageStarts) {
		List<List<String>> rows = new ArrayList<>(lines.size());
		for (SourceLine line : lines) {
			rows.add(cells(line.text()));
		}
		OcrSplits ocr = OcrSplits.learnFrom(rows);
		RepeatedPassages repeats = new RepeatedPassages();
		java.util.Set<Integer> runningHeaders = RunningHeaders.find(rows.stream().map(r -> String.join(" ", r)).toList());
		List<NoteLine> out = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (!runningHeaders.contains(i)) {
				addRow(lines.get(i).number(), ocr.mend(rows.get(i)), repeats, out);
			}
		}
		return new NormalisedNote(out, pageStarts);
	}

	/** The text's lines, whichever of \r\n, \r and \n ends them; an empty last line is kept. */
	static List<String> lines(String raw) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(raw.substring(start, i));
				if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		lines.add(raw.substring(start));
		return lines;
	}

	private static List<String> cells(String line) {
		// most lines hold nothing these patterns replace: a glance at the characters spares them the regex passes
		String clean = hasControl(line) ? CONTROL.matcher(line).replaceAll("") : line;
		clean = PageFurniture.stripHeadingMarker(clean);
		clean = mayHoldBulletGlyph(clean) ? BULLET_GLYPH.matcher(clean).replaceAll("\u2022") : clean;
		if (clean.indexOf('\t') < 0 && PipeRow.isRow(clean)) {
			return PipeRow.cells(clean);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : clean.split("\t", -1)) {
			cells.add((hasOddSpaces(cell) ? SPACES.matcher(cell).replaceAll(" ") : cell).strip());
		}
		while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		return cells;
	}

	/** True when {@link #CONTROL} has something to take out. */
	private static boolean hasControl(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != '\t' && Character.getType(c) == Character.CONTROL) {
				return true;
			}
		}
		return false;
	}

	/** False when {@link #BULLET_GLYPH} cannot have anything to replace: all its glyphs are at U+2023 or above. */
	private static boolean mayHoldBulletGlyph(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) >= '\u2023') {
				return true;
			}
		}
		return false;
	}

	/** True when {@link #SPACES} would change the cell: two spaces in a row, or a space other than the plain one. */
	private static boolean hasOddSpaces(String cell) {
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			boolean twoSpaces = c == ' ' && i + 1 < cell.length() && cell.charAt(i + 1) == ' ';
			if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || twoSpaces) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A plain row is kept with its cells; a row holding HTML becomes one line per paragraph, each at its cell's
	 * position (leading empty cells), with a short last cell (the owner column) kept as one line after them.
	 */
	private static void addRow(int number, List<String> cells, RepeatedPassages repeats, List<NoteLine> out) {
		boolean ownerCell = RepeatedPassages.hasOwnerCell(cells);
		List<List<String>> expanded = new ArrayList<>(cells.size());
		boolean inline = true;
		for (String cell : cells) {
			List<String> lines = HtmlFragments.toLines(cell);
			expanded.add(lines);
			inline &= lines.size() <= 1;
		}
		if (inline) {
			// inline tags only (<b>Attendance:</b>): the row keeps its cells
			List<String> kept = new ArrayList<>(cells.size());
			for (List<String> lines : expanded) {
				kept.add(lines.isEmpty() ? "" : lines.get(0));
			}
			cells = kept;
			NoteLine line = new NoteLine(number, cells);
			if (!PageFurniture.isFurniture(line.text()) && (ownerCell || !repeats.isRepeat(line.text()))) {
				out.add(line);
			}
			return;
		}
		String label = "";
		for (int c = 0; c < cells.size(); c++) {
			boolean lastCell = c == cells.size() - 1 && c > 0;
			List<String> lines = expanded.get(c);
			if (c == 0 && cells.size() > 1 && String.join(" ", lines).length() <= MAX_LABEL) {
				// a short first cell ("2.", "2.1") labels the first line of the next cell, as in the PDF's table
				label = String.join(" ", lines);
				continue;
			}
			if (lastCell && String.join(" ", lines).length() <= 60) {
				lines = List.of(String.join(" ", lines));
			}
			for (String text : lines) {
				if (text.isBlank() || PageFurniture.isFurniture(text) || (!ownerCell && repeats.isRepeat(text))) {
					continue;
				}
				List<String> positioned = new ArrayList<>(java.util.Collections.nCopies(c, ""));
				if (c > 0 && !label.isEmpty()) {
					positioned.set(0, label);
					label = "";
				}
				positioned.addAll(List.of(text.split("\t")));
				out.add(new NoteLine(number, positioned));
			}
		}
	}

}
