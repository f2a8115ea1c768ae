package org.scrutiny.parse.header;

import org.junit.jupiter.api.Test;
import org.scrutiny.parse.RealLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.parse.RealLines.has;

/**
 * The next meeting's heading is looked for only where its word is. That may change no result: on every line of the
 * test notes, and on texts made to be awkward, where the pattern finds a heading the check lets it run.
 */
class PreChecksTests {

	@Test
	void theNextMeetingIsLookedForOnlyWhereItsWordIs() {
		assertThat(RealLines.stoppedByTheCheck(NextMeetingRule.HEADING, has("next"))).isEmpty();
	}

}
