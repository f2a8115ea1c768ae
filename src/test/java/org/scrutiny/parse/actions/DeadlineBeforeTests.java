package org.scrutiny.parse.actions;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.Due;

import static org.assertj.core.api.Assertions.assertThat;

/** A commitment that gives no date takes the deadline of the sentence right before it, and only a deadline. */
class DeadlineBeforeTests {

	private static String due(String paragraph, String commitmentStart, LocalDate meeting) {
		return DeadlineBefore.sentenceBefore(paragraph, paragraph.indexOf(commitmentStart))
			.flatMap(s -> DeadlineBefore.find(s, meeting))
			.map(Due::toString)
			.orElse(null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			It was advised that there had been a very low response so far to this public consultation and residents were encouraged to complete this online consultation before 31st January 2024. SW agreed that she would look to encourage members of the community to engage in this consultation. | SW agreed | 2024-01-03 | 2024-01-31
			The Committee was seeking written evidence by 3 February. Janet agreed to make a submission.                     | Janet agreed | 2012-01-17 | 2012-02-03
			It was reported that this meeting would take place in Duns Volunteer Hall on 7th February and that members were invited. It was agreed that TS and AC would both attend. | TS and AC | 2024-02-06 |
			SW agreed that she would look to encourage members of the community before 31st January 2024.                   | SW agreed | 2024-01-03 |
			The consultation closes before 31st January 2024. The weather was poor. SW agreed to circulate it.                | SW agreed | 2024-01-03 |
			""")
	void takesOnlyADeadlineFromTheSentenceJustBefore(String paragraph, String commitmentStart, LocalDate meeting, String expected) {
		assertThat(due(paragraph, commitmentStart, meeting)).isEqualTo(expected);
	}

}
