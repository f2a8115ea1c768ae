package org.scrutiny.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends words that OCR split across the first two columns of a table: {@code Ac|etions arising:},
 * {@code Fir|ndings:}, {@code me|eeting.}. A mend is kept only when it makes a word the same document uses
 * elsewhere, so no dictionary is needed and nothing is invented; a fragment that makes no word is dropped.
 */
final class OcrSplits {

	// matches: Ac   Fir   th ap   Se op   b   (word fragments; never a section number like 2.1 or a code like ACC)
	private static final Pattern FRAGMENTS = Pattern.compile("[A-Za-z][a-z]{0,2}(?: [A-Za-z][a-z]{0,2})*");

	// matches: etions arising:   (the rest of the word, then the rest of the line)
	private static final Pattern LEADING_WORD = Pattern.compile("^([a-z]+)(.*)$", Pattern.DOTALL);

	// matches: meeting   Findings   (the words of the document, the vocabulary mends are checked against)
	private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

	/** The rows the vocabulary is learnt from. */
	private final List<List<String>> rows;

	/** Learnt on the first mend that needs it: most documents have no fragment to mend. */
	private Set<String> vocabulary;

	private OcrSplits(List<List<String>> rows) {
		this.rows = rows;
	}

	static OcrSplits learnFrom(List<List<String>> rows) {
		return new OcrSplits(rows);
	}

	private Set<String> vocabulary() {
		if (vocabulary == null) {
			vocabulary = words(rows);
		}
		return vocabulary;
	}

	private static Set<String> words(List<List<String>> rows) {
		Set<String> words = new java.util.HashSet<>();
		for (List<String> row : rows) {
			// the fragments themselves must not vouch for their own mends
			int first = !row.isEmpty() && isFragments(row.get(0).strip()) ? 1 : 0;
			for (String cell : row.subList(first, row.size())) {
				Matcher m = WORD.matcher(cell);
				while (m.find()) {
					words.add(m.group().toLowerCase(Locale.ROOT));
				}
			}
		}
		return words;
	}

	/** The row with a fragment in its first cell mended into the second, or the row unchanged. */
	List<String> mend(List<String> cells) {
		if (cells.size() < 2 || !isFragments(cells.get(0).strip()) || cells.get(1).isBlank()) {
			return cells;
		}
		String[] fragments = cells.get(0).strip().split(" ");
		String rest = cells.get(1).strip();
		String last = fragments[fragments.length - 1];
		Matcher leading = LEADING_WORD.matcher(rest);
		String mended = null;
		if (leading.matches()) {
			String joined = join(last, leading.group(1));
			if (joined != null) {
				mended = joined + leading.group(2);
			}
		}
		if (mended == null) {
			mended = isWord(last) ? last + " " + rest : rest;
		}
		List<String> out = new ArrayList<>(cells.size());
		out.add("");
		out.add(mended);
		out.addAll(cells.subList(2, cells.size()));
		return out;
	}

	/** Fragments start with a letter: most first cells (empty, "2.1") are spared the pattern. */
	private static boolean isFragments(String cell) {
		char first = cell.isEmpty() ? ' ' : cell.charAt(0);
		return (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') && FRAGMENTS.matcher(cell).matches();
	}

	/** Fragment + rest of word, allowing one stray letter on either side of the split. */
	private String join(String fragment, String tail) {
		List<String> candidates = List.of(fragment + tail, fragment + tail.substring(1),
				fragment.substring(0, fragment.length() - 1) + tail);
		for (String candidate : candidates) {
			if (candidate.length() >= 4 && vocabulary().contains(candidate.toLowerCase(Locale.ROOT))) {
				return candidate;
			}
		}
		return null;
	}

	private boolean isWord(String fragment) {
		return fragment.length() > 1 && vocabulary().contains(fragment.toLowerCase(Locale.ROOT));
	}

}
