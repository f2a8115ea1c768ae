package org.scrutiny.normalise;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collapses passages that multi-column extraction printed more than once: a long line that repeats an earlier line
 * word for word is dropped.
 * <p>
 * A row that also carries a value in the table's last, owner column keeps its lines, because the parser links that
 * owner to the actions the row repeats.
 */
final class RepeatedPassages {

	/** Shorter lines ("Actions arising:", "Update:", "None") repeat by design. */
	static final int MIN_LENGTH = 40;

	// matches: "   "   "\t"   (a run of white space, compared as one space)
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private final Set<String> seen = new HashSet<>();

	static boolean hasOwnerCell(List<String> cells) {
		return OwnerCellShape.trailingCell(cells) != null;
	}

	/** True when the line repeats an earlier long line; remembers it otherwise. */
	boolean isRepeat(String line) {
		String spaced = hasOddSpace(line) ? WHITE_SPACE.matcher(line).replaceAll(" ") : line;
		String key = spaced.strip().toLowerCase(java.util.Locale.ROOT);
		if (key.length() < MIN_LENGTH) {
			return false;
		}
		return !seen.add(key);
	}

	/** True when {@link #WHITE_SPACE} would change the line: white space other than single plain spaces. */
	private static boolean hasOddSpace(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			// \s: tab, line feed, vertical tab (0x0B), form feed, return; and two spaces in a row
			if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
					|| c == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
				return true;
			}
		}
		return false;
	}

}
