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

	public static ParseResult rejected(Reject reason) {
		return new ParseResult(Optional.empty(), List.of(reason));
	}

}
