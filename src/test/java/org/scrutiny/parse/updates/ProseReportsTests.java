package org.scrutiny.parse.updates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.ActionStatus;

/**
 * Updates written as paragraphs under a "Matters arising" heading: the heading, the lettered matters, where the updates
 * end and what each paragraph says of how the action stands. Lines of the Ayton and Govan community councils and the
 * Local Public Data Panel (200-206, 105 in ../shared/real) and of the police samples.
 */
class ProseReportsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Matters Arising from the minutes of the previous meeting                                   | true
			2. MATTERS ARISING AND CONTINUING ISSUES                                                   | true
			Item 2: Minutes of last meeting and Action Points Update                                   | true
			Items 2: Minutes of last meeting and Action Points Update                                  | true
			18.11.4  Matters Arising                                                                  | true
			Matters arising                                                                            | true
			4c HMIC INSPECTION PROGRAMME / MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB)    | false
			Outstanding Matters / Matters arising                                                      | false
			There were no matters arising from the minutes of the previous meeting.                     | false
			""")
	void headsTheUpdatesOnTheLastMeeting(String line, boolean opens) {
		assertThat(ProseReports.opens(line)).isEqualTo(opens);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			c) Lyceum                                                   | Lyceum
			d) Police actions on 3 July at Govan underground            | Police actions on 3 July at Govan underground
			(b) Active Travel consultation on road modification         | Active Travel consultation on road modification
			c) The Chair had not yet had the opportunity to discuss this with the members. | ""
			Treasurer's Report                                          | ""
			""")
	void namesTheMatterALetteredLineHeads(String line, String matter) {
		assertThat(ProseReports.matter(line).orElse("")).isEqualTo(matter);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Treasurer's Report                                                                        | true
			Area Partnership Meeting                                                                  | true
			c) Lyceum                                                                                 | false
			Promotion for the Sustainable Selkirk Event was going well, and we would continue to promote. | false
			""")
	void endsAtTheNextHeading(String line, boolean ends) {
		assertThat(ProseReports.endsUpdates(line)).isEqualTo(ends);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			SW has not yet had the chance to meet with the resilience group but would endeavour to do so at the earliest opportunity. | OPEN
			SW advised that RH and AC still needed to sign that code of conduct and as they were not present, she would seek to speak to them separately. | OPEN
			TS confirmed he had contacted the dog warden at SBC regarding Dog Fouling in the village. Additional Signage will be provided. | OPEN
			Janet and Steve had initially drafted a paper, and they were therefore revisiting their paper on this basis. | OPEN
			Cllr JA Advised that new road markings were now in hand and should be completed in the next month. | OPEN
			AW confirmed that at present 4 children from Reston attend Ayton Primary School.           | CLOSED
			SW advised that she had contacted Berwickshire Housing and had not heard back however AW advised that a Salt Bin was no in situ and the paths were being gritted. | CLOSED
			""")
	void isOpenWhileItSaysWhatIsStillToCome(String paragraph, ActionStatus status) {
		assertThat(ProseReports.status(paragraph)).isEqualTo(status);
	}

	/** A reminder restates an earlier task, whose commitment is no new action; other reports may agree new steps. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			It was reminded that the repairs to the seat on the village green is still to be carried out, which has been duly noted and Councillors are to check that they have the appropriate materials. | true
			The repairs to the seat are yet to be done and Councillors are to check the materials.     | true
			Cllr JA advised that he had now had a response from SBC and TS and PH agreed to an on-site meeting. | false
			TS advised the meeting that he was yet to contact the dog warden, however he would do that ahead of the next meeting. | false
			""")
	void seesAReminderOfATaskStillToDo(String paragraph, boolean reminder) {
		assertThat(ProseReports.restatesEarlierTask(paragraph)).isEqualTo(reminder);
	}

	@Test
	void aParagraphIsSomeWordsAndNotAWholeFileOnOneLine() {
		assertThat(ProseReports.isReport("SW Has not yet had the chance to meet with the resilience group.")).isTrue();
		assertThat(ProseReports.isReport("Minutes were agreed.")).isFalse();
		assertThat(ProseReports.isReport("word ".repeat(20_000))).isFalse();
	}

}
