package org.scrutiny.parse.actions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CommitmentSentenceTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			It was also noted that we are currently members of RAGES. PI agreed to have discussions with Graham Dolan regarding this. | PI | PI to have discussions with Graham Dolan regarding this
			It was agreed that TS would contact the dog warden at SBC and see if they could offer support.                  | TS | TS to contact the dog warden at SBC and see if they could offer support
			JC will reach out to Liam Holt regarding his membership application.                                              | JC | JC to reach out to Liam Holt regarding his membership application
			Andre was congratulated on on-going work. Willie Jones volunteered to work on a GCC Facebook site and this was welcomed. | Willie Jones | Willie Jones to work on a GCC Facebook site and this was welcomed
			MC advised that they regularly attend the village Coffee Mornings on a Wednesday and she would speak to them about promotion of a March awareness event. | MC | MC to speak to them about promotion of a March awareness event
			SW agreed to speak to Kerry from Reston CC regarding their recent park up grade. She would also speak to SBC regarding funding. | SW | SW to speak to Kerry from Reston CC regarding their recent park up grade
			SW agreed that she would look to encourage members of the community to engage in this consultation. | SW | SW to encourage members of the community to engage in this consultation
			Sarah Woodbury also confirmed she would Email Cllr James Anderson about this issue. | Sarah Woodbury | Sarah Woodbury to email Cllr James Anderson about this issue
			PI advised that we are due a payment of £630 as our annual grant and Cllr JA agreed to chase this up with Gillian Jardine. | Cllr JA | "Cllr JA to chase this up with Gillian Jardine (PI advised that we are due a payment of £630 as our annual grant)"
			It is good practice to have an online resilience plan, which we do not currently have an SW agreed to take further advice on this from Scottish Borders Council. | SW | SW to take further advice on this from Scottish Borders Council
			AW Informed Council that the 7.5 tonne limit sign had been removed. SW agreed to report this to Darren Silcock and council would continue to monitor heavy good vehicles. | SW | SW to report this to Darren Silcock (AW Informed Council that the 7.5 tonne limit sign had been removed)
			Catherine advised that they are keen to meet with the Community Council and SW agreed to facilitate this. | SW | SW to facilitate this (Catherine advised that they are keen to meet with the Community Council)
			All members present signed the code of conduct. AC and RH will be invited to do so at a future meeting owing to their absence this evening. | "" | AC and RH to be invited to do so at a future meeting owing to their absence this evening (All members present signed the code of conduct)
			It was agreed that this sum would not cover the cost and it was agreed that Gillian Jardine from SBC would be contacted regarding available Grants. | "" | Gillian Jardine from SBC to be contacted regarding available Grants
			It was also AGREED to raise the issue of arrangements for the gritting of roads and pavements during the winter season. | "" | Raise the issue of arrangements for the gritting of roads and pavements during the winter season
			It was suggested and AGREED that we write to the Boundaries commission asking that Govan be named 'Central and Govan'. | "" | "Write to the Boundaries commission asking that Govan be named 'Central and Govan'"
			It was noted that the time period had been short and it was AGREED that a request be made via Cllr Hutchison for an extension. | "" | A request to be made via Cllr Hutchison for an extension
			Lewis action - clarify day pass requirements (inductions etc) with active volunteers.                         | Lewis | Lewis to clarify day pass requirements (inductions etc) with active volunteers
			It is with regret the resignation of Councillor Dixon has been received, the Clerk to complete the appropriate forms etc to inform EDC. | the Clerk | the Clerk to complete the appropriate forms etc to inform EDC
			After much discussion, the Councillors agreed to meet on Saturday morning to have a look at the drain.        | the Councillors | the Councillors to meet on Saturday morning to have a look at the drain
			If the grant is approved, the Clerk will order the benches for the green.                                      | the Clerk | the Clerk to order the benches for the green
			The meeting wished her all the best for the future. A formal letter of thanks to be sent.                     | "" | A formal letter of thanks to be sent
			Common themes in departmental Open Data Strategies to be discussed at the meeting on 8th March.               | "" | Common themes in departmental Open Data Strategies to be discussed at the meeting on 8th March
			It was suggested that the RSE-AUNZ could assist the ARDC by polling our community. An action was created to review voting platforms, such as Tricider. | "" | Review voting platforms, such as Tricider
			""")
	void findsTheCommitmentAndWhoMadeIt(String line, String subject, String text) {
		assertThat(CommitmentSentence.in(line)).first()
			.satisfies(found -> {
				assertThat(found.subject()).isEqualTo(subject);
				assertThat(found.text()).isEqualTo(text);
			});
	}

	@Test
	void twoTasksJoinedByAlsoToAreTwoActionsOfOneSubject() {
		// Milburn Parish Council, 208 in ../shared/real
		assertThat(CommitmentSentence.in("Clerk to email A Armstrong, EDC and ask if there are any grants etc to help with "
				+ "drainage, also to ascertain when the Highways will be attending to the block drains on the roadside."))
			.extracting(CommitmentSentence.Found::subject, CommitmentSentence.Found::text)
			.containsExactly(
					tuple("Clerk", "Clerk to email A Armstrong, EDC and ask if there are any grants etc to help with drainage"),
					tuple("Clerk", "Clerk to ascertain when the Highways will be attending to the block drains on the roadside"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			All members present agreed to the code of conduct and signed the document to indicate this.
			He advised that planning permission would be required which we agreed we would support.
			The group will be holding a community Clean Up Day on 24th March and volunteers were being sort to support this.
			Advice was given to contact BHA who may be able to help and SW agreed to do this.
			Simon Denison said he would like to see named information in the future.
			The Chair had not yet had the opportunity to discuss this. He would do so and report to the February meeting.
			The Senior Officials’ Group will be asked to advise and discuss how best to use Transparency across government.
			It was suggested that the numbers are set by the council and it was unanimously agreed that we would leave the number at 6 nominations.
			It was agreed to further discuss at our January meeting issues of poverty and homelessness in Govan.
			Lewis will action this.
			Communicate with bands. JC will draft by end of week.
			Remember to set next meeting time before closing meeting!
			Idea to run a "Pride open day" the Sunday after Pride Fairday.
			Work to clean and reinstate the Trail signs had, however, yet to start.
			There was also concern that the progress report had not been produced. Again Olivia was asked to take this back. Action point ongoing.
			SW reported that she had contacted Scottish Borders Council regarding this.
			The Minister for the Cabinet Office will be a member and approximately 30% of the board will consist of Open Data activists.
			It was agreed that the next meeting would take place Tuesday 6th February at the slightly later time of 7:30pm.
			The next meeting to be held on 5th March at 7pm.
			Date of the next meeting to be confirmed.
			The Board asked for the proposed roadmap to be updated to reflect these points.
			It was agreed to maintain the Precept at £5000 for the coming year.
			Cllr JA confirmed that he has looked at our concerns and has asked to be invited to a future Community Council meeting.
			Ailsa Beaton made the point that making court listings information more accessible would increase transparency. Iain Bell agreed with this point.
			If a GP tried to refer a patient where a referral wasn't required, ICE would notify the GP that this was not justified and show them guidance.
			""")
	void findsNoneInStatementsDecisionsAndWishes(String line) {
		assertThat(CommitmentSentence.in(line)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Communicate with bands. JC will draft by end of week.                                 | JC | draft | by end of week
			Lewis will do it before the AGM.                                                      | Lewis | do | before the AGM
			""")
	void findsADatedStepOnATaskNamedElsewhere(String line, String subject, String verb, String when) {
		assertThat(CommitmentSentence.steps(line)).containsExactly(new CommitmentSentence.Step(subject, verb, when));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			JC will draft communications to current bands by end of week.
			Lewis will action this.
			The report was drafted by end of week.
			""")
	void findsNoStepInAFullCommitmentOrAReport(String line) {
		assertThat(CommitmentSentence.steps(line)).isEmpty();
	}

}
