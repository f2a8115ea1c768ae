package org.scrutiny.parse.people;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.RealLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.PreChecks.differences;
import static org.scrutiny.parse.RealLines.pattern;
import static org.scrutiny.parse.RealLines.whole;

/**
 * Names and attendance lists are read with quick checks before their patterns. None of that may change a result: on
 * every line of the test notes, and on texts made to be awkward, each quick path gives what the pattern it spares gives.
 */
class PreChecksTests {

	private static final List<String> TEXTS = RealLines.texts();

	@Test
	void namesAreLookedForOnlyFromACapital() {
		assertThat(RealLines.stoppedByTheCheck(whole(pattern(NameAndTitle.class, "NAME_WORDS")),
				t -> !t.isEmpty() && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z')).isEmpty();
	}

	@Test
	void takesHonorificsOffAsReplaceFirstDoes() {
		Pattern honorifics = pattern(NameAndTitle.class, "LEADING_HONORIFICS");
		assertThat(differences(TEXTS, NameAndTitle::bare, t -> honorifics.matcher(t.strip()).replaceFirst(""))).isEmpty();
	}

	@Test
	void seesAnAttendanceListOpenWhereThePatternsDo() {
		Pattern status = pattern(AttendanceParser.class, "STATUS_LABEL");
		Pattern columns = pattern(AttendanceParser.class, "COLUMN_HEADING");
		assertThat(differences(TEXTS, t -> AttendanceParser.opensList(NoteLine.of(1, t)),
				t -> status.matcher(t.strip()).matches() || columns.matcher(t.strip()).matches())).isEmpty();
	}

}
