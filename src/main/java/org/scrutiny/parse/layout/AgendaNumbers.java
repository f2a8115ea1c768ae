package org.scrutiny.parse.layout;

import org.scrutiny.normalise.NoteLine;

/**
 * Follows the agenda's top-level numbering, so that "3. HMICFRS PEEL inspection" after item 2 is taken as the next
 * agenda item while "1. Ongoing" inside an update, or "2. Make sure..." in a list, is not.
 */
public final class AgendaNumbers {

	private int last;

	/** The line that set the number last, which stays a heading however often it is asked about. */
	private NoteLine lastHeading;

	/** True when the line heads an agenda section: a heading in form, or the next number with a title. */
	public boolean isHeading(NoteLine line) {
		return line == lastHeading || advance(line) || SectionHeading.isHeading(line);
	}

	/**
	 * Under a brought-forward heading, "4. Review of membership and potential new members to invite" after "3. Actions
	 * of the previous meeting" is the next item though its title opens with a verb (an actions list would restart at 1).
	 */
	public boolean isNextItemAfterUpdates(NoteLine line) {
		if (last > 0 && SectionHeading.numberedShortLine(line) == last + 1) {
			last++;
			lastHeading = line;
			return true;
		}
		return false;
	}

	/** Notes the line's number if it is the next one, so numbering carries on from it. */
	public void saw(NoteLine line) {
		advance(line);
	}

	private boolean advance(NoteLine line) {
		int number = SectionHeading.topLevelNumber(line);
		if (number > 0 && (last == 0 || number == last + 1)) {
			last = number;
			lastHeading = line;
			return true;
		}
		return false;
	}

}
