package org.scrutiny.parse.actions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentSentenceTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			It was also noted that we are currently members of RAGES. PI agreed to have discussions with Graham Dolan regarding this. | PI | PI to have discussions with Graham Dolan regarding this
			It was agreed that TS would contact the dog warden at SBC and see if they could offer support.                  | TS | TS to contact the dog warden at SBC and see if they could offer support
			JC will reach out to Liam Holt regarding his membership application.                                              | JC | JC to reach out to Liam Holt regarding his membership application
			Andre was congratulated on on-going work. Willie Jones volunteered to work on a GCC Facebook site and this was welcomed. | Willie Jones | Willie Jones to work on a GCC Facebook site and this was welcomed
			""")
	void findsTheCommitmentAndWhoMadeIt(String line, String subject, String text) {
		assertThat(CommitmentSentence.in(line)).first()
			.satisfies(found -> {
				assertThat(found.subject()).isEqualTo(subject);
				assertThat(found.text()).isEqualTo(text);
			});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			All members present agreed to the code of conduct and signed the document to indicate this.
			He advised that planning permission would be required which we agreed we would support.
			The group will be holding a community Clean Up Day on 24th March and volunteers were being sort to support this.
			Advice was given to contact BHA who may be able to help and SW agreed to do this.
			Catherine advised that they are keen to meet with the Community Council and SW agreed to facilitate this.
			SW reported that she had contacted Scottish Borders Council regarding this.
			The Minister for the Cabinet Office will be a member and approximately 30% of the board will consist of Open Data activists.
			It was agreed that the next meeting would take place Tuesday 6th February at the slightly later time of 7:30pm.
			""")
	void findsNoneInStatementsDecisionsAndWishes(String line) {
		assertThat(CommitmentSentence.in(line)).isEmpty();
	}

}
