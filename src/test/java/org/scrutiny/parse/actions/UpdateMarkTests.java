package org.scrutiny.parse.actions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateMarkTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1. Circulate final version of the terms of reference [closed]                       | true
			5. To produce minimum requirements for peer audit review [ongoing for PMs]          | true
			"• [NM], Create a discussion document for online events.- done"                    | true
			"• [JB], D5 (Meetings): re-draft (if appropriate) and outline steps to advance. - deferred to 2021." | true
			1. Set quarterley meetings and circulate ToR [new for Helen Jeffrey]                | false
			"• [NM] Create a discussion document for online events."                           | false
			- [x] Rayna will create and distribute a document of names                          | true
			- [ ] Christina will ask the mentoring committee for a wishlist                     | false
			"• [HP, NL] Gather content (done) and create a post from the content."              | true
			"• [HP] Gather content from the workshop (done)."                                   | false
			""")
	void seesAStatusTaggedOnTheItem(String item, boolean tagged) {
		assertThat(UpdateMark.tagged(item)).isEqualTo(tagged);
	}

	/** The earlier action's wording, its status and whom the mark names, as the update row gives them. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1. Set quarterley meetings [closed for Helen Jeffrey]                        | 1. Set quarterley meetings                      | closed for Helen Jeffrey | Helen Jeffrey
			5. To produce minimum requirements for peer audit review [**ongoing for PMs**] | 5. To produce minimum requirements for peer audit review | ongoing for PMs | PMs
			1. Circulate final version of the terms of reference [**closed**]           | 1. Circulate final version of the terms of reference | closed | ""
			"- [NL]	Follow up with enquiries concerning Casual Vacancies. - done"       | "- [NL]	Follow up with enquiries concerning Casual Vacancies." | done | ""
			"- [JB] D5 (Meetings): re-draft (if appropriate) and outline steps to advance. - deferred to 2021." | "- [JB] D5 (Meetings): re-draft (if appropriate) and outline steps to advance." | deferred to 2021 | ""
			- [x] Rayna will create and distribute a document of names                   | - Rayna will create and distribute a document of names | done | ""
			"• [HP, NL] Gather content from Workshop and BoF at eResNZ 2020 (done) and create a post." | "• [HP, NL] Gather content from Workshop and BoF at eResNZ 2020 and create a post." | partly done | ""
			""")
	void readsTheEarlierActionAndItsStatus(String item, String text, String update, String owner) {
		UpdateMark.Mark mark = UpdateMark.of(item).orElseThrow();
		assertThat(mark.text()).isEqualTo(text);
		assertThat(mark.update()).isEqualTo(update);
		assertThat(mark.owner()).isEqualTo(owner == null || owner.isEmpty() ? null : owner);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Complete.                                                                        | true
			"Not complete. However, Will Perrin has been commissioned to write an article."  | true
			Partially completed (see actions 2 and 3 above).                                 | true
			"Complete - Francis Davey accepted an invitation to join the group."             | true
			"Not 	to be taken forward. Iain Bell agreed that this will be borne in mind."    | true
			Completion of the review is expected in March.                                   | false
			Proposals not to be taken forward were listed in the paper.                      | false
			Simon Denison introduced this item and invited the panel to comment.             | false
			""")
	void seesAStatusLine(String line, boolean status) {
		assertThat(UpdateMark.isStatusLine(line)).isEqualTo(status);
	}

}
