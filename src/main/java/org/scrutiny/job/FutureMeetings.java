package org.scrutiny.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.scrutiny.model.Meeting;
import org.scrutiny.model.Reject;
import org.scrutiny.parse.ParseResult;
import org.scrutiny.store.ParsedFile;

/**
 * Notes cannot be of a meeting that has not happened yet: a meeting dated after today (by the injected {@link Clock})
 * is a mistyped date, and the file is rejected whole with a reason rather than stored under the wrong month.
 */
final class FutureMeetings {

	static final String IN_THE_FUTURE = " is in the future: check the date in the notes";

	private final Clock clock;

	FutureMeetings(Clock clock) {
		this.clock = clock;
	}

	ParsedFile check(ParsedFile file) {
		Optional<Meeting> meeting = file.result().meeting();
		if (meeting.isEmpty() || !meeting.get().date().isAfter(LocalDate.now(clock))) {
			return file;
		}
		Reject reject = new Reject(file.sourceFile(), 0, "meeting date " + meeting.get().date() + IN_THE_FUTURE);
		return new ParsedFile(file.sourceFile(), ParseResult.rejected(reject));
	}

}
