package org.scrutiny.parse.header;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingDateRuleTests {

	/** The Date field (empty when the notes have none) and the title, which may carry the year. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Tuesday 27 March 2018 @ 10:30     | Monthly Assurance Meeting March 2018 – Meeting Notes    | 2018-03-27 | 10:30
			Thursday 26 November, 10:30 am    | Monthly Assurance Meeting November 2020 – Meeting Notes | 2020-11-26 | 10:30
			Wednesday 30 January @ 10:00      | Monthly Assurance Meeting January 2019 – Meeting Notes  | 2019-01-30 | 10:00
			Tuesday 31 May 2016 @ 10.30       | Monthly Assurance Meeting May 2016 – Meeting Notes      | 2016-05-31 | 10:30
			Wednesday 19 October 2016 @ 14:30 | Monthly Assurance Meeting October 2016 – Meeting Notes  | 2016-10-19 | 14:30
			                                  | Minutes of the Police Accountability Board held on Tuesday 12th March 2019 at 10.00am | 2019-03-12 | 10:00
			12/03/2019                        | Police Accountability Board                              | 2019-03-12 |
			Wednesday, 30th January 2019      | Monthly Assurance Meeting                                | 2019-01-30 |
			Monday 8th October 2018           | Holding to Account Meeting – Minutes                     | 2018-10-08 |
			                                  | Minutes of the Strategic Policing and Crime Board held on 09/07/2019 | 2019-07-09 |
			2024-01-03                        | Minutes for meeting held Wednesday 3rd January 2024      | 2024-01-03 |
			                                  | Minutes for meeting held Wednesday 3rd January 2024      | 2024-01-03 |
			                                  | General Meeting 2nd December 2024                        | 2024-12-02 |
			                                  | Crime and Justice Transparency Sector Panel - Minutes of the meeting held on 13 December 2011at Home Office | 2011-12-13 |
			                                  | 2025-07-19                                               | 2025-07-19 |
			                                  | Steering Committee 2017-09-12                            | 2017-09-12 |
			                                  | 2020-04-28 14:00:00 +1000                                | 2020-04-28 | 14:00
			                                  | 2021-10-12T12:00:26.846Z                                 | 2021-10-12 |
			""")
	void readsTheDateAndStartTime(String dateField, String title, LocalDate date, LocalTime time) throws Exception {
		MeetingDateRule.MeetingDate read = MeetingDateRule.resolve(dateField, List.of(title));
		assertThat(read.date()).isEqualTo(date);
		assertThat(read.time()).isEqualTo(time);
	}

	/** Front matter gives the page's title, then its date: the date the title names is the meeting's. */
	@Test
	void takesTheTitlesDateBeforeAPagesTimestamp() throws Exception {
		MeetingDateRule.MeetingDate read = MeetingDateRule.resolve(null,
				List.of("2025-07-19", "2025-07-20T05:04:45.245Z", "Committee Meeting - 2025-07-19"));
		assertThat(read.date()).isEqualTo(LocalDate.of(2025, 7, 19));
	}

	@Test
	void takesTheYearWhoseWeekdayFits() throws Exception {
		MeetingDateRule.MeetingDate read = MeetingDateRule.resolve("Thursday 26 November",
				List.of("Review of November 2019 performance", "Monthly Assurance Meeting November 2020"));
		assertThat(read.date()).isEqualTo(LocalDate.of(2020, 11, 26));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			10:30 am                          | 10:30
			@ 14:30                           | 14:30
			at 2pm                            | 14:00
			2.00 pm                           | 14:00
			12.30pm                           | 12:30
			, 10.00am, Conference Room 2.     | 10:00
			2.00pm                            | 14:00
			1.30pm                            | 13:30
			""")
	void readsAStartTime(String text, LocalTime expected) {
		assertThat(MeetingDateRule.time(text)).contains(expected);
	}

	@Nested
	class Unreadable {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Thursday 26 November | Monthly Assurance Meeting – Meeting Notes
				                     | Monthly Assurance Meeting – Meeting Notes
				31 February 2019     | Monthly Assurance Meeting February 2019
				TBC                  | Monthly Assurance Meeting
				""")
		void rejectsAMeetingWithoutAReadableDate(String dateField, String title) {
			assertThatThrownBy(() -> MeetingDateRule.resolve(dateField, List.of(title)))
				.isInstanceOf(MeetingDateRule.Unreadable.class)
				.hasMessageContaining("date");
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				@ 10
				in Meeting Room 1.38
				""")
		void readsNoTimeWhereThereIsNone(String text) {
			assertThat(MeetingDateRule.time(text)).isEmpty();
		}

	}

}
