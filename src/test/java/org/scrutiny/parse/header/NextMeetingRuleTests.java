package org.scrutiny.parse.header;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The closing agenda items of the seeds and the numbered minutes, as line texts. */
class NextMeetingRuleTests {

	static Stream<Arguments> closingItems() {
		return Stream.of(
				arguments("000: day and month after the type and topic", LocalDate.of(2018, 3, 27),
						List.of("6. CONFIRMATION OF NEXT MEETING TYPE / DATE / TIME / VENUE:", "HMICFRS PEEL Effectiveness 2017",
								"Thematic – Offenders", "Tuesday 24 April, 10:30 am in Meeting Room 1.38"),
						LocalDate.of(2018, 4, 24)),
				arguments("001: a month only", LocalDate.of(2020, 11, 26),
						List.of("5. Confirmation of next meeting type / date / time / venue:", "Public on the budget", "",
								"January 2021 – time and date to be confirmed."),
						LocalDate.of(2021, 1, 1)),
				arguments("002: a full date", LocalDate.of(2016, 10, 19),
						List.of("5. AOB:", "There was none.", "6. DATE OF NEXT MEETING:", "29 November 2016"), LocalDate.of(2016, 11, 29)),
				arguments("003: 'next meeting' in passing, then the heading", LocalDate.of(2016, 5, 31),
						List.of("No update was available as the next meeting was to take place later that day.", "Chief Officer Meeting:",
								"Road shows on the 2020 Policing Vision are to be held soon across the force area. The PCC is welcome to attend.",
								"4. HOLDING TO ACCOUNT:", "4a PERFORMANCE AGAINST THE POLICE AND CRIME PLAN:", "5. AOB:",
								"- Recruitment for the next chief constable is to commence shortly.", "6. DATE OF NEXT MEETING:", "",
								"28 June 2016"),
						LocalDate.of(2016, 6, 28)),
				arguments("004: date inside the topic line, an orphan owner cell after", LocalDate.of(2019, 1, 30),
						List.of("4", "", "CONFIRMATION OF NEXT MEETING TYPE / DATE / TIME / VENUE:",
								"Thematic on Child Vulnerability, Tuesday 26 March, 10:00am Room 1.38", "", "DPCC"),
						LocalDate.of(2019, 3, 26)),
				arguments("numbered minutes", LocalDate.of(2019, 3, 12),
						List.of("9. Date of next meeting", "9.1 Tuesday 9 April 2019, 10.00am, Conference Room 2."), LocalDate.of(2019, 4, 9)),
				arguments("numbered table row with time and place", LocalDate.of(2019, 7, 9),
						List.of("9. Action log", "10. Date of next meeting",
								"Tuesday 10 September 2019 at 2.00pm, Committee Room 1, Kingsway House."),
						LocalDate.of(2019, 9, 10)),
				arguments("a month without a year rolls into the next year", LocalDate.of(2019, 12, 10),
						List.of("DATE OF NEXT MEETING:", "Tuesday 14 January"), LocalDate.of(2020, 1, 14)),
				arguments("an action that mentions the next meeting is no heading", LocalDate.of(2018, 3, 27),
						List.of("Actions arising:", "An update on the review to be brought to the next meeting.",
								"2.2 HMICFRS inspection programme / Matters arising from the Service Improvement Board (SIB)",
								"HMICFRS' PEEL Effectiveness 2017 report, published on the 22 March 2018, will be subject to closer "
										+ "scrutiny at April's holding to account meeting."),
						null),
				arguments("106: dates of future meetings, the first of them", LocalDate.of(2011, 11, 14),
						List.of("Dates of Future Meetings:", "Tuesday 17th January 2pm – 4pm", "Tuesday 13th March"), LocalDate.of(2012, 1, 17)),
				arguments("108: a sentence that gives the date", LocalDate.of(2012, 1, 26),
						List.of("The next meeting is Thursday 8th March, 10.00 – 11.30"), LocalDate.of(2012, 3, 8)),
				arguments("307: an ISO date after a link back to the previous minutes", LocalDate.of(2025, 7, 19),
						List.of("Remember to set next meeting time before closing meeting!",
								"Also update the pinned message in #committee to say the date of the next meeting.",
								"Next meeting: 2025-08-23, 13:30 5 weeks"),
						LocalDate.of(2025, 8, 23)),
				arguments("an ISO date on the meeting's own day is not the next", LocalDate.of(2025, 7, 19),
						List.of("Next meeting: 2025-07-19"), null),
				arguments("no next meeting given", LocalDate.of(2018, 3, 27),
						List.of("5. AOB", "None", "6. CONFIRMATION OF NEXT MEETING TYPE / DATE / TIME / VENUE:", "To be confirmed"), null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("closingItems")
	void readsTheNextMeetingDate(String name, LocalDate meeting, List<String> lines, LocalDate expected) {
		assertThat(NextMeetingRule.find(lines, meeting).orElse(null)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			12. Next meeting     | The next steering group meeting will be in Berlin, colocated with the | Berlin
			Date of next meeting | The next meeting will be held in Leeds on 4 May.                       | Leeds
			Date of next meeting | The next meeting will be held in the Council Chamber on 4 May.         |
			Date of next meeting | The next meeting is in May.                                             |
			""")
	void readsWhereTheNextMeetingIsByAPlacesName(String heading, String line, String expected) {
		assertThat(NextMeetingRule.place(List.of(heading, line)).orElse(null)).isEqualTo(expected);
	}

}
