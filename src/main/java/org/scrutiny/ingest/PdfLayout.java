package org.scrutiny.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The printed lines of a PDF in reading order, with a table's columns kept apart: where the words of a line stand in
 * columns (an action log's "1. | The DCC will provide a further update ... | DCC"), its cells are written separated by
 * tabs, as a text dump of the same notes has them, and a line that starts in a later column (a cell's text wrapped onto
 * the next printed line, the first column empty there) starts with a tab for each column before it. A page with no
 * columns reads as PDFBox's own text.
 * <p>
 * Columns are found on each page from where the words stand, not from drawn rules: a start that two or more lines share
 * after a wide gap is a column; a wide gap elsewhere (justified text) is a space.
 */
final class PdfLayout extends PDFTextStripper {

	/** A gap wider than this many spaces of the font parts two cells. */
	private static final float GAP_IN_SPACES = 3f;

	/** And wider than this, in points, however small the font. */
	private static final float MIN_GAP = 6f;

	/** Cells that start this close, in points, start in one column. */
	private static final float SAME_COLUMN = 4f;

	/** A column is where this many lines start a cell after a gap. */
	private static final int LINES_PER_COLUMN = 2;

	/**
	 * A cell's line counts as full when the next line's first word would have overshot its column by less than this many
	 * spaces: writers break lines a little early (justification, kerning, ligatures drawn narrower than their letters).
	 */
	private static final float FULL_WITHIN_SPACES = 3f;

	/** The first and last of the ligatures ("ﬀ" to "ﬆ", "ﬁ" among them), each drawn as one glyph and read as its letters. */
	private static final char FIRST_LIGATURE = '\uFB00';

	private static final char LAST_LIGATURE = '\uFB06';

	/**
	 * A glyph drawn again within this share of its width from the same glyph is one glyph printed twice: a writer's
	 * bold without a bold font, or a shadow. PDFBox's own check for these compares every glyph with every other of the
	 * page and took half the time of reading a page; drawn twice, the copies stand side by side once sorted.
	 */
	private static final float SAME_GLYPH_WITHIN = 0.5f;

	/** The next printed line of a paragraph stands within this many font sizes below the line above. */
	private static final float NEXT_LINE = 1.5f;

	/** A space's width where a font gives none, in points. */
	private static final float DEFAULT_SPACE = 2.5f;

	private record Word(String text, float start, float end, float space, float baseline, float height) {
	}

	/**
	 * Words of one line that stand together.
	 *
	 * @param firstWordEnd where its first word ends: whether it would have fitted on the line above
	 */
	private record Cell(String text, float start, float end, float firstWordEnd, float space, boolean afterGap,
			float baseline, float height) {

		/** This cell with the words of a later one after it, on the line the given cell stands on. */
		Cell then(Cell later, Cell line) {
			return new Cell(text + " " + later.text(), start, later.end(), firstWordEnd, later.space(), afterGap,
					line.baseline(), line.height());
		}
	}

	private final StringBuilder text = new StringBuilder();

	private final List<List<Word>> page = new ArrayList<>();

	private List<Word> line = new ArrayList<>();

	private PdfLayout() {
		setSortByPosition(true);
		// duplicates are dropped where the words are made (writeString), at a fraction of the cost
		setSuppressDuplicateOverlappingText(false);
	}

	/** The document's text: lines apart by "\n", pages by "\n\f", a table's cells by "\t". */
	static String text(PDDocument document) throws IOException {
		PdfLayout layout = new PdfLayout();
		layout.writeText(document, new StringWriter());
		return layout.text.toString();
	}

	@Override
	protected void writeString(String run, List<TextPosition> positions) {
		// the glyphs of a run, in words: a space glyph, or a gap where none was drawn, ends one
		StringBuilder word = new StringBuilder();
		float start = 0;
		float end = 0;
		float space = DEFAULT_SPACE;
		float baseline = 0;
		float height = 0;
		TextPosition last = null;
		for (TextPosition glyph : positions) {
			if (drawnAgain(glyph, last)) {
				continue;
			}
			last = glyph;
			boolean blank = glyph.getUnicode() == null || glyph.getUnicode().isBlank();
			float x = glyph.getXDirAdj();
			if (!word.isEmpty() && (blank || x - end > space / 2)) {
				line.add(new Word(word.toString(), start, end, space, baseline, height));
				word.setLength(0);
			}
			if (blank) {
				continue;
			}
			if (word.isEmpty()) {
				start = x;
				space = glyph.getWidthOfSpace() > 0 ? glyph.getWidthOfSpace() : DEFAULT_SPACE;
				baseline = glyph.getYDirAdj();
				height = glyph.getFontSizeInPt();
			}
			word.append(isLigature(glyph.getUnicode()) ? Normalizer.normalize(glyph.getUnicode(), Normalizer.Form.NFKC) : glyph.getUnicode());
			end = x + glyph.getWidthDirAdj();
		}
		if (!word.isEmpty()) {
			line.add(new Word(word.toString(), start, end, space, baseline, height));
		}
	}

	/** The glyph is the one before printed again over it ({@link #SAME_GLYPH_WITHIN}). */
	private static boolean drawnAgain(TextPosition glyph, TextPosition before) {
		return before != null && Objects.equals(glyph.getUnicode(), before.getUnicode())
				&& Math.abs(glyph.getXDirAdj() - before.getXDirAdj()) < before.getWidthDirAdj() * SAME_GLYPH_WITHIN
				&& Math.abs(glyph.getYDirAdj() - before.getYDirAdj()) < before.getHeightDir() * SAME_GLYPH_WITHIN;
	}

	private static boolean isLigature(String unicode) {
		for (int i = 0; i < unicode.length(); i++) {
			char c = unicode.charAt(i);
			if (c >= FIRST_LIGATURE && c <= LAST_LIGATURE) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void writeWordSeparator() {
		// words are kept with their positions: what parts them is decided per page
	}

	@Override
	protected void writeLineSeparator() {
		page.add(line);
		line = new ArrayList<>();
	}

	@Override
	protected void writePageEnd() {
		if (!line.isEmpty()) {
			writeLineSeparator();
		}
		List<List<Cell>> rows = page.stream().map(PdfLayout::cells).toList();
		List<Float> columns = columns(rows);
		float right = (float) rows.stream().flatMap(List::stream).mapToDouble(Cell::end).max().orElse(0);
		List<Cell[]> placed = new ArrayList<>();
		for (List<Cell> row : rows) {
			placed.add(placed(row, columns));
		}
		for (int i = 0; i < placed.size(); i++) {
			Cell[] row = placed.get(i);
			int absorbed = 0;
			// a line whose cells all go on from the cells above, which were full: one table row wrapped over two lines
			while (columns.size() > 1 && i + 1 < placed.size() && goesOn(row, placed.get(i + 1), columns, right)) {
				row = joined(row, placed.get(i + 1));
				absorbed++;
				i++;
			}
			text.append(written(row)).append('\n');
			// the lines taken in stay, empty, so that every later line keeps its number
			text.append("\n".repeat(absorbed));
		}
		text.append('\f');
		page.clear();
	}

	/** The line's words in cells: a gap wider than a few spaces parts two. */
	private static List<Cell> cells(List<Word> words) {
		List<Cell> cells = new ArrayList<>();
		List<Word> cell = new ArrayList<>();
		boolean afterGap = false;
		for (Word word : words) {
			Word before = cell.isEmpty() ? null : cell.get(cell.size() - 1);
			if (before != null && word.start() - before.end() > Math.max(MIN_GAP, GAP_IN_SPACES * before.space())) {
				cells.add(cell(cell, afterGap));
				cell = new ArrayList<>();
				afterGap = true;
			}
			cell.add(word);
		}
		if (!cell.isEmpty()) {
			cells.add(cell(cell, afterGap));
		}
		return cells;
	}

	private static Cell cell(List<Word> words, boolean afterGap) {
		Word first = words.get(0);
		Word last = words.get(words.size() - 1);
		String text = String.join(" ", words.stream().map(Word::text).toList());
		return new Cell(text, first.start(), last.end(), first.end(), last.space(), afterGap, first.baseline(), first.height());
	}

	/**
	 * Where the page's columns start, left to right: its left edge, and each start that cells after a gap and lines
	 * indented to it share (two at least, one of them after a gap: an indented paragraph alone makes no column).
	 */
	private static List<Float> columns(List<List<Cell>> rows) {
		float left = Float.MAX_VALUE;
		for (List<Cell> row : rows) {
			for (Cell cell : row) {
				left = Math.min(left, cell.start());
			}
		}
		record Start(float x, boolean afterGap) {
		}
		List<Start> starts = new ArrayList<>();
		for (List<Cell> row : rows) {
			for (Cell cell : row) {
				if (cell.afterGap() || cell.start() - left > MIN_GAP) {
					starts.add(new Start(cell.start(), cell.afterGap()));
				}
			}
		}
		starts.sort((a, b) -> Float.compare(a.x(), b.x()));
		List<Float> columns = new ArrayList<>();
		columns.add(left);
		for (int i = 0; i < starts.size();) {
			int j = i;
			boolean gap = false;
			while (j < starts.size() && starts.get(j).x() - starts.get(i).x() <= SAME_COLUMN) {
				gap |= starts.get(j).afterGap();
				j++;
			}
			if (gap && j - i >= LINES_PER_COLUMN && starts.get(i).x() - columns.get(columns.size() - 1) > SAME_COLUMN) {
				columns.add(starts.get(i).x());
			}
			i = j;
		}
		return columns;
	}

	/** The line's cells by column: a cell that falls in the column of the one before joins it. */
	private static Cell[] placed(List<Cell> cells, List<Float> columns) {
		Cell[] row = new Cell[columns.size()];
		for (Cell cell : cells) {
			int column = column(cell.start(), columns);
			Cell before = row[column];
			row[column] = before == null ? cell : before.then(cell, before);
		}
		return row;
	}

	/**
	 * True when the next line only goes on with the cells of this table row: it stands right below, has text only in
	 * columns where this row has, and each such cell of this row was full, the next line's first word in it too wide to
	 * have been put after it.
	 */
	private static boolean goesOn(Cell[] row, Cell[] next, List<Float> columns, float right) {
		boolean tableRow = false;
		for (int c = 1; c < row.length; c++) {
			tableRow |= row[c] != null;
		}
		if (!tableRow) {
			return false;
		}
		boolean any = false;
		for (int c = 0; c < next.length; c++) {
			if (next[c] == null) {
				continue;
			}
			// the line right below, not one after a paragraph's space
			if (row[c] == null || next[c].baseline() - row[c].baseline() > NEXT_LINE * row[c].height()) {
				return false;
			}
			// a cell that runs past the next column's start spans the page: its edge is the page's
			boolean spans = c + 1 >= columns.size() || row[c].end() > columns.get(c + 1);
			float edge = spans ? right : columns.get(c + 1) - MIN_GAP;
			float firstWord = next[c].firstWordEnd() - next[c].start();
			if (row[c].end() + row[c].space() + firstWord <= edge - FULL_WITHIN_SPACES * row[c].space()) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static Cell[] joined(Cell[] row, Cell[] next) {
		Cell[] out = row.clone();
		for (int c = 0; c < next.length; c++) {
			if (next[c] != null) {
				// on the lower line now: the next line below is measured from there
				out[c] = out[c].then(next[c], next[c]);
			}
		}
		return out;
	}

	/** The row as a text dump has it: cells apart by tabs, none after the last. */
	private static String written(Cell[] row) {
		int last = row.length - 1;
		while (last > 0 && row[last] == null) {
			last--;
		}
		StringBuilder out = new StringBuilder();
		for (int c = 0; c <= last; c++) {
			if (c > 0) {
				out.append('\t');
			}
			if (row[c] != null) {
				out.append(row[c].text());
			}
		}
		return out.toString();
	}

	private static int column(float start, List<Float> columns) {
		int column = 0;
		for (int i = 1; i < columns.size(); i++) {
			if (columns.get(i) <= start + SAME_COLUMN) {
				column = i;
			}
		}
		return column;
	}

}
