package org.scrutiny.parse.header;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.parse.header.HeaderFields.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.parse.NoteLines.rows;

/** The heads of the seeds and of the numbered minutes, up to the attendance list, as the normaliser leaves them. */
class HeaderFieldsTests {

	private static final Map<String, String> HEADS = Map.of("000", """
			Monthly Assurance Meeting March 2018 – Meeting Notes
			- Date: Tuesday 27 March 2018 @ 10:30
			- Chair: John Campion
			- Minutes: Jackie Irvin, Policy Officer, OPCC
			- Venue Meeting Room 1.38 Hindlip
			""", "001", """
			Monthly Assurance Meeting November 2020 – Meeting Notes

			Date: Thursday 26 November, 10:30 am
			Chair: John Campion
			Minutes: Jackie Irvin Senior Policy Manager, OPCC
			Venue: Virtual
			""", "003", """
			Monthly Assurance Meeting May 2016 – Meeting Notes

			Date: Tuesday 31 May 2016 @ 10.30

			Chair: John Campion

			Minutes: Jackie Irvin, Policy Officer, OPCC Venue PCC Conference Room – Hindlip
			""", "004", """
			Monthly Assurance Meeting January 2019 – Meeting Notes
			Date:
			Chair:
			Minutes:
			Venue

			Wednesday 30 January @ 10:00
			John Campion
			Jackie Irvin, Policy Officer, OPCC
			Meeting Room 1.38 – Hindlip
			""", "hta", """
			Office of the Police and Crime Commissioner for Westshire
			Holding to Account Meeting – Minutes
			Date: Monday 8th October 2018
			Time: 1.30pm
			Venue: OPCC Meeting Room, Castle Street, Westbury
			Chair: Julie Hammond, Police and Crime Commissioner
			""", "spcb", """
			Strategic Policing and Crime Board
			Minutes of the Strategic Policing and Crime Board held on 09/07/2019
			Time:⇥2.00pm
			Venue:⇥Committee Room 1, Kingsway House
			""", "pab", """
			Minutes of the Police Accountability Board held on Tuesday 12th March 2019 at 10.00am
			Venue: Conference Room 2, Police Headquarters, Ridgeway
			""");

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			000 | DATE    | Tuesday 27 March 2018 @ 10:30
			000 | CHAIR   | John Campion
			000 | MINUTES | Jackie Irvin, Policy Officer, OPCC
			000 | VENUE   | Meeting Room 1.38 Hindlip
			001 | DATE    | Thursday 26 November, 10:30 am
			001 | MINUTES | Jackie Irvin Senior Policy Manager, OPCC
			001 | VENUE   | Virtual
			003 | DATE    | Tuesday 31 May 2016 @ 10.30
			003 | MINUTES | Jackie Irvin, Policy Officer, OPCC
			003 | VENUE   | PCC Conference Room – Hindlip
			004 | DATE    | Wednesday 30 January @ 10:00
			004 | CHAIR   | John Campion
			004 | MINUTES | Jackie Irvin, Policy Officer, OPCC
			004 | VENUE   | Meeting Room 1.38 – Hindlip
			pab | VENUE   | Conference Room 2, Police Headquarters, Ridgeway
			pab | DATE    | ""
			pab | CHAIR   | ""
			hta | DATE    | Monday 8th October 2018
			hta | TIME    | 1.30pm
			hta | VENUE   | OPCC Meeting Room, Castle Street, Westbury
			hta | CHAIR   | Julie Hammond, Police and Crime Commissioner
			spcb | TIME   | 2.00pm
			spcb | VENUE  | Committee Room 1, Kingsway House
			""")
	void readsALabelledField(String head, Field field, String expected) {
		assertThat(HeaderFields.read(rows(HEADS.get(head))).get(field)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			000 | Monthly Assurance Meeting March 2018 – Meeting Notes
			pab | Minutes of the Police Accountability Board held on Tuesday 12th March 2019 at 10.00am
			hta | Holding to Account Meeting – Minutes
			spcb | Strategic Policing and Crime Board
			""")
	void takesTheFirstLineAsTheHeading(String head, String heading) {
		assertThat(HeaderFields.read(rows(HEADS.get(head))).heading()).isEqualTo(heading);
	}

	/** A front-matter title that only numbers the meeting ("title: Meeting 02") leaves the heading to name the body. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Meeting 02                  | ICAT Steering Committee Meeting
			Meeting #3                  | ICAT Steering Group Meeting
			Committee Meeting No.5      | RSE-AUNZ Steering Committee
			""")
	void passesOverATitleThatOnlyNumbersTheMeeting(String title, String heading) {
		assertThat(HeaderFields.read(rows(title + "\n" + heading)).heading()).isEqualTo(heading);
	}

	@Test
	void keepsEveryLineForRulesThatLookForADate() {
		assertThat(HeaderFields.read(rows(HEADS.get("004"))).lines()).contains("Monthly Assurance Meeting January 2019 – Meeting Notes",
				"Wednesday 30 January @ 10:00");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Time: 10:00                       | TIME    | 10:00
			Notes taken by: Lucy Grant        | MINUTES | Lucy Grant
			Location: Virtual (Microsoft Teams) | VENUE | Virtual (Microsoft Teams)
			Chaired by: Peter Marsh           | CHAIR   | Peter Marsh
			""")
	void readsOtherLabels(String line, Field field, String expected) {
		assertThat(HeaderFields.read(rows("Police Accountability Board\n" + line)).get(field)).isEqualTo(expected);
	}

}
