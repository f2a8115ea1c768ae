package org.scrutiny.report;

import java.util.Locale;

/**
 * The sentence that opens a section, in the right number: {@code none} when it is empty, {@code one} for a single
 * row, {@code many} (a format whose first argument is the count) otherwise.
 */
record Intro(String none, String one, String many) {

	String text(int count, Object... more) {
		if (count == 0) {
			return none;
		}
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = count;
		System.arraycopy(more, 0, arguments, 1, more.length);
		// Locale.UK: "11,301 actions are open" where a format says %,d
		return String.format(Locale.UK, count == 1 ? one : many, arguments);
	}

}
