package org.scrutiny.report;

/**
 * The sentence printed after a list that stopped at the {@link RowCap}: how many rows it shows of how many, how many
 * more there are, and where they all are. For example "Only the oldest 200 of the 11,301 open actions are listed
 * above. The other 11,101 are in carry-forward.csv ...". A list printed whole has no such sentence.
 *
 * @param order how the rows printed were chosen: "oldest", "first"
 * @param what the rows, in the plural: "open actions"; "the oldest of the 22 open actions" when one is printed
 * @param where where all of them are, to end the sentence "The other N are in ...": "carry-forward.csv, ..."
 */
record CutListNote(String order, String what, String where) {

	/** The sentence, or null when all {@code total} rows were printed. */
	String text(int printed, int total) {
		if (total <= printed) {
			return null;
		}
		int more = total - printed;
		String listed = printed == 1 ? "Only the %s of the %s %s is listed above.".formatted(order, count(total), what)
				: "Only the %s %s of the %s %s are listed above.".formatted(order, count(printed), count(total), what);
		return listed + (more == 1 ? " The other one is in " : " The other " + count(more) + " are in ") + where + ".";
	}

	private static String count(int n) {
		return PeriodSections.number(n);
	}

}
