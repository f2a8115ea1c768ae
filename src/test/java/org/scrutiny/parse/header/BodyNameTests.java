package org.scrutiny.parse.header;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BodyNameTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Monthly Assurance Meeting March 2018 – Meeting Notes           | Monthly Assurance Meeting
			Monthly Assurance Meeting November 2020 – Meeting Notes        | Monthly Assurance Meeting
			Monthly Assurance Meeting January 2019 – Meeting Notes         | Monthly Assurance Meeting
			Minutes of the Police Accountability Board held on 3 May 2019  | Police Accountability Board
			Minutes of the Police Accountability Board held on Tuesday 12th March 2019 at 10.00am | Police Accountability Board
			Strategic Policing and Crime Board – Minutes                   | Strategic Policing and Crime Board
			Holding to Account Meeting – Minutes                           | Holding to Account Meeting
			Joint Audit Committee 12/03/2019                               | Joint Audit Committee
			Draft minutes of a Police and Crime Panel held on 5 February 2019 | Police and Crime Panel
			Steering Committee 2017-09-12                                  | Steering Committee
			Committee Meeting - 2025-07-19                                 | Committee Meeting
			Local Public Data Panel – Tenth Meeting 29 September 2011      | Local Public Data Panel
			Crime and Justice Transparency minutes from 3rd August 2011    | Crime and Justice Transparency
			Local Public Data Panel - 11th meeting                         | Local Public Data Panel
			Senior Officials Group: 1st Meeting                            | Senior Officials Group
			ICAT Steering Group Meeting #3                                 | ICAT Steering Group
			Steering Committee Meeting No.5                                | Steering Committee
			Crime and Justice Transparency Sector Panel - Minutes of the meetingat Home Office | Crime and Justice Transparency Sector Panel
			Autumn Obs & Gynae Group Meeting                               | Obs & Gynae Group
			ICAT Steering Committee Meeting                                | ICAT Steering Committee
			Transparency Board Minutes                                     | Transparency Board
			General Meeting                                                | General Meeting
			""")
	void namesTheBodyThatMet(String heading, String body) {
		assertThat(BodyName.of(heading)).isEqualTo(body);
	}

	/** 204_govan: the title names the meeting, a line below it the body; 200_ayton names neither. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			General Meeting 2nd December 2024           | **GOVAN COMMUNITY COUNCIL**        | Govan Community Council
			Minutes for meeting held Wednesday 3rd January 2024 | *Held in Ayton Community Hall at 7pm.* | Minutes for meeting
			Police Accountability Board – 12 March 2019 | Joint Audit Committee              | Police Accountability Board
			""")
	void namesTheBodyFromTheHeaderWhereTheTitleNamesNone(String heading, String line, String body) {
		assertThat(BodyName.of(heading, java.util.List.of(heading, line))).isEqualTo(body);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Monthly Assurance Meeting March 2018 – Meeting Notes    | Monthly Assurance Meeting March 2018
			Monthly Assurance Meeting November 2020 – Meeting Notes | Monthly Assurance Meeting November 2020
			Police Accountability Board – 12 March 2019             | Police Accountability Board – 12 March 2019
			""")
	void takesTheDocumentKindOffTheTitle(String heading, String title) {
		assertThat(BodyName.title(heading)).isEqualTo(title);
	}

}
