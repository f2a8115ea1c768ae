package org.scrutiny.parse.layout;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.normalise.NoteLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The next agenda number after a heading, from real minutes (302: a brought-forward table, then the next item). */
class AgendaNumbersTests {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			3. Actions of the previous meeting | 4. Review of membership and potential new members to invite | true
			3. Actions of the previous meeting | 5. Review of move of ICAT code to GitHub and workflow        | false
			3. Actions of the previous meeting | 4. BM has changed roles and will let the steering group know if he is going to remain a member. | false
			""")
	void takesTheNextNumberAsTheNextItem(String heading, String line, boolean expected) {
		AgendaNumbers numbers = new AgendaNumbers();
		numbers.saw(NoteLine.of(1, heading));
		assertThat(numbers.isNextItemAfterUpdates(NoteLine.of(2, line))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			4. Review of membership and potential new members to invite | 4
			6. Review website + documentation                           | 6
			4. BM has changed roles and will let the steering group know if he is going to remain a member. | 0
			""")
	void readsAShortNumberedLine(String line, int number) {
		assertThat(SectionHeading.numberedShortLine(NoteLine.of(1, line))).isEqualTo(number);
	}


}
