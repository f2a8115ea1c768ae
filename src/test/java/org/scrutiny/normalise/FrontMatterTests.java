package org.scrutiny.normalise;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Front matter as real minutes' sites write it: Jekyll posts, a wiki's pages, a collaborative's meeting pages. */
class FrontMatterTests {

	@Test
	void givesTheTitleThenTheMeetingsDate() {
		FrontMatter front = read("""
				---
				layout: post
				title:  "Minutes of Steering Committee Meeting No.5"
				date:   2020-04-28 14:00:00 +1000
				tags: minutes steering
				---

				## Attendees""");
		assertThat(front.lines()).containsExactly(new SourceLine(3, "Minutes of Steering Committee Meeting No.5"),
				new SourceLine(4, "2020-04-28 14:00:00 +1000"));
		assertThat(front.bodyStart()).isEqualTo(6);
	}

	/** "created: 10/9/2012" dated a 2011 meeting to 2012 when the front matter was read as text. */
	@Test
	void leavesOutTheDatesASiteKeepsForItself() {
		FrontMatter front = read("""
				---
				title: Senior Officials Group&#58; 1st Meeting
				summary:
				permalink: /library/senior-officials-group-1st-meeting
				created: 10/9/2012
				revised: 10/9/2012
				---""");
		assertThat(front.lines()).containsExactly(new SourceLine(2, "Senior Officials Group: 1st Meeting"));
	}

	@Test
	void takesAnEventsStartAsItsDate() {
		FrontMatter front = read("""
				---
				title: Autumn Obs & Gynae Group Meeting
				start: 2021-10-12T12:00:26.846Z
				end: 2021-10-12T13:30:26.852Z
				---""");
		assertThat(front.lines()).extracting(SourceLine::text)
			.containsExactly("Autumn Obs & Gynae Group Meeting", "2021-10-12T12:00:26.846Z");
	}

	@Test
	void readsTheMinutesAFieldHoldsAtTheirLines() {
		FrontMatter front = read("""
				---
				title: Autumn Obs & Gynae Group Meeting
				location: MS Teams
				minutes: >-
				  ### Attendance


				  *Paula Marsh, Alison McGuinness, Lorna Gray*


				  1. Set quarterley meetings and circulate ToR \\[new for Helen Jeffrey]

				  2. Trusts to confirm their peer review process \\[new for members]
				---""");
		assertThat(front.lines()).containsExactly(new SourceLine(2, "Autumn Obs & Gynae Group Meeting"),
				new SourceLine(5, "Attendance"), new SourceLine(8, "Paula Marsh, Alison McGuinness, Lorna Gray"),
				new SourceLine(11, "1. Set quarterley meetings and circulate ToR [new for Helen Jeffrey]"),
				new SourceLine(13, "2. Trusts to confirm their peer review process [new for members]"));
	}

	@Test
	void isNoFrontMatterWithoutBothFencesAndAMapping() {
		assertThat(FrontMatter.read(Normaliser.lines("# Steering Committee 2017-09-12\n\n## Summary"))).isEmpty();
		assertThat(FrontMatter.read(Normaliser.lines("---\ntitle: never closed\n\n## Present"))).isEmpty();
		assertThat(FrontMatter.read(Normaliser.lines("---\njust a line of text\n---\nPresent"))).isEmpty();
		assertThat(FrontMatter.read(Normaliser.lines("---\ntitle: [unclosed\n---\nPresent"))).isEmpty();
	}

	private static FrontMatter read(String text) {
		return FrontMatter.read(Normaliser.lines(text)).orElseThrow();
	}

}
