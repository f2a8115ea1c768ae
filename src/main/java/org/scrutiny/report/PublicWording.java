package org.scrutiny.report;

import org.scrutiny.export.CsvColumns;

/**
 * What the public report calls itself and the work it follows: a Police and Crime Commissioner holding a force to
 * account where the meetings' notes list police roles, and otherwise what any public body does with its own actions
 * (a parish council, a charity's trustees, an NHS group), which no Commissioner or force asked of anyone.
 *
 * @param title the report's title, on its cover, in its footer and its PDF's title
 * @param coverNote what the report is about, in a sentence
 * @param fullLog where the rows a cut list leaves out are, after "The other N are in "
 * @param whoIsNamed who the report names and who it shows by role
 */
record PublicWording(String title, String coverNote, String fullLog, String whoIsNamed) {

	static final PublicWording POLICE = new PublicWording("Holding the police to account",
			"What the Police and Crime Commissioner asked the force to do, and whether it has been done.",
			"the full action log that the Commissioner's office keeps (the file " + CsvColumns.CARRY_FORWARD_CSV + ")",
			"Chief officers and the Commissioner's statutory officers are named; other staff are shown by their role.");

	static final PublicWording PUBLIC_BODY = new PublicWording("Actions agreed and followed up",
			"What the meetings agreed should be done, and whether it has been done.",
			"the full action log kept with this report (the file " + CsvColumns.CARRY_FORWARD_CSV + ")",
			"People the notes list with a role are shown by that role; others are named as the notes name them.");

	/** The wording for meetings that list police roles, or for those that list none. */
	static PublicWording of(boolean policing) {
		return policing ? POLICE : PUBLIC_BODY;
	}

}
