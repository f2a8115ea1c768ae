package org.scrutiny.parse.layout;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TrailingActionTagTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Andy to talk to Milan/ELETTRA to see if they wish to continue. (Action 2.3)                      | Andy to talk to Milan/ELETTRA to see if they wish to continue.
			HZB – data collection will continue at the neutron source until 2019. Rolf is now permanent. Andy to invite HZB to join the steering committee (Action 2.5) | Andy to invite HZB to join the steering committee
			The TopCAT videos produced by Tom Gowland should be linked from the website. (ACTION)             | The TopCAT videos produced by Tom Gowland should be linked from the website.
			Courtyard bench damage - to be investigated. ACTION                                              | Courtyard bench damage - to be investigated
			""")
	void takesTheSentenceTheTagCloses(String line, String action) {
		assertThat(TrailingActionTag.action(line)).hasValue(action);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Set quarterley meetings and circulate ToR [new for Helen Jeffrey]                   | Set quarterley meetings and circulate ToR | Helen Jeffrey
			Trusts to confirm their peer review process by sending to yorkshireimagingcollaborative.nhs.net [new for members] | Trusts to confirm their peer review process by sending to yorkshireimagingcollaborative.nhs.net | members
			To look into how patients can get follow up scans done locally [**new for PMs**]   | To look into how patients can get follow up scans done locally | PMs
			""")
	void readsANewForTag(String line, String text, String owner) {
		assertThat(TrailingActionTag.newFor(line)).hasValue(new TrailingActionTag.NewFor(text, owner));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Circulate final version of the terms of reference [closed]
			It was unanimously agreed to move to GitHub.
			Updates from subcommittees - discussions or requests for action.
			No action required.
			""")
	void findsNoTagWhereThereIsNone(String line) {
		assertThat(TrailingActionTag.action(line)).isEmpty();
	}

}
