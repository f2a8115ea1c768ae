package org.scrutiny.ingest;

import java.util.regex.Pattern;

/**
 * A PDF prints a paragraph as lines broken wherever the page was full: "Alan Armstrong to" over "contact Highways again
 * and request this is given attention" (Milburn Parish Council, 209 in ../shared/real). A line that goes on from the
 * one above, starting in lower case where that one did not end a sentence, is joined to it, so that the reading rules
 * see the sentence whole; its own line is left empty, so that every later line keeps its number.
 */
final class WrappedLines {

	// matches: "." "!" "?" ":" ";" at the end of "... as soon as possible."   (a line that ends a sentence or a label)
	private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;]\\s*$");

	// matches: "contact Highways again"   "morning to have a look"   (a line that goes on from the one above)
	private static final Pattern GOES_ON = Pattern.compile("^\\s*\\p{Ll}");

	private WrappedLines() {
	}

	// matches: " the" at the end of "The Clerk has been in contact with the"   (a line broken mid-phrase, whatever the next
	// line starts with: "Highways Dept to ascertain the ownership")
	private static final Pattern ENDS_MID_PHRASE = Pattern.compile("(?i)\\s(?:the|a|an|to|of|and|or|with|for|in|on|at|by|from)\\s*$");

	/** The text with each wrapped line joined to the line it goes on from. */
	static String joined(String text) {
		String[] lines = text.split("\n", -1);
		int into = -1;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (into >= 0 && !line.isBlank() && line.indexOf('\f') < 0 && line.indexOf('\t') < 0 && (GOES_ON.matcher(line).find()
					&& !ENDS_SENTENCE.matcher(lines[into]).find() || ENDS_MID_PHRASE.matcher(lines[into]).find())) {
				lines[into] = lines[into].stripTrailing() + " " + line.strip();
				lines[i] = "";
				continue;
			}
			// a table's row ("1.\tThe DCC will ...\tDCC") is no paragraph: its cells go on as the table reader reads them
			into = line.isBlank() || line.indexOf('\f') >= 0 || line.indexOf('\t') >= 0 ? -1 : i;
		}
		return String.join("\n", lines);
	}

}
