package org.scrutiny.parse;

import java.util.List;
import java.util.Optional;

import org.scrutiny.model.Meeting;
import org.scrutiny.model.Reject;

/**
 * What the parser made of one file: the meeting, unless the file had to be rejected, and every line it could not read.
 */
public record ParseResult(Optional<Meeting> meeting, List<Reject> rejects) {

	public ParseResult {
		rejects = List.copyOf(rejects);
	}

	/** Whether the notes stop inside their actions, as a file saved half way does: what was read may be incomplete. */
	public boolean cutOff() {
		return rejects.stream().anyMatch(r -> r.reason().equals(ActionExtractor.ENDS_AFTER_HEADING)
				|| r.reason().equals(ActionExtractor.ENDS_INSIDE_ACTIONS));
	}

	public static ParseResult rejected(Reject reason) {
		return new ParseResult(Optional.empty(), List.of(reason));
	}

}
