package org.scrutiny.parse.actions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BareDeedTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Chris Taggart to follow up.  | Spotlight on Spend –Need to understand if there is a discrepancy in the data. | Chris Taggart to follow up (Spotlight on Spend –Need to understand if there is a discrepancy in the data)
			publish on Data.gov.uk.      | The Panel’s position statement on FOI, public services and open data was agreed. | publish on Data.gov.uk (The Panel’s position statement on FOI, public services and open data was agreed)
			""")
	void takesTheLineBeforeAsTheObject(String action, String before, String text) {
		assertThat(BareDeed.withObject(action, before)).isEqualTo(text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Kieron O’Hara to circulate the URL for the report once completed. | The report is being written up.
			Chris Taggart to follow up the discrepancy with Spikes Cavell.      | Spotlight on Spend was discussed at length today.
			""")
	void leavesAnActionWithItsOwnObject(String action, String before) {
		assertThat(BareDeed.withObject(action, before)).isEqualTo(action);
	}

}
