package org.scrutiny.parse.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.NavigableMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.normalise.NoteLine;

/** The agenda item a line heads, on real lines (Ayton and Govan Community Councils, police notes). */
class AgendaTopicsTests {

	@ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
	@CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", textBlock = """
			# line as normalised                                                         | the item it heads ("" for none)
			Salt Bin for Summerhill Park                                                 | Salt Bin for Summerhill Park
			Village Website and Social Media                                             | Village Website and Social Media
			b) Road maintenance                                                          | Road maintenance
			(c) Active Travel consultation on road modification to improve cycling safety | Active Travel consultation on road modification to improve cycling safety
			2. MATTERS ARISING                                                           | MATTERS ARISING
			4b DELIVERY OF STRATEGIC INITIATIVES:                                        | DELIVERY OF STRATEGIC INITIATIVES
			Minute 27/23 – DIGITAL FORENSICS                                             | DIGITAL FORENSICS
			Items 3: Engaging with CEOs on data transparency                             | Engaging with CEOs on data transparency
			"SW agreed to speak to SBC regarding this matter."                           | ""
			TS to contact the dog warden at SBC                                          | ""
			It was agreed by all members present that this training was a good idea and we would approach both | ""
			"£630 annual grant"                                                          | ""
			""")
	void aHeadingNamesItsItem(String line, String item) {
		assertThat(AgendaTopics.heading(NoteLine.of(7, line)).orElse("")).isEqualTo(item);
	}

	@Test
	void eachActionSitsUnderTheLastHeadingAboveIt() {
		// 200_ayton-cc-2024-01.md: "### Road Markings" over the paragraph that raises SW's action
		List<NoteLine> agenda = List.of(NoteLine.of(98, "Cllr Anderson Surgery"),
				NoteLine.of(100, "SW advised that Cllr Anderson would be holding a surgery in the Community Hall on 15th Jan."),
				NoteLine.of(102, "Road Markings"),
				NoteLine.of(104, "MC advised that the road markings on the main road out of Ayton were virtually no existent. "
						+ "SW agreed to bring this up with Cllr Anderson."));

		NavigableMap<Integer, String> topics = AgendaTopics.of(agenda);

		assertThat(AgendaTopics.under(topics, 104)).isEqualTo("Road Markings");
		assertThat(AgendaTopics.under(topics, 100)).isEqualTo("Cllr Anderson Surgery");
		assertThat(AgendaTopics.under(topics, 98)).isEmpty();
	}

}
