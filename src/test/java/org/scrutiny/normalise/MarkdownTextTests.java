package org.scrutiny.normalise;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Markdown passages as real minutes publish them, and the lines a reader of the page sees (cells joined by " | "). */
class MarkdownTextTests {

	static Stream<Arguments> passages() {
		return Stream.of(
				arguments("emphasis inside a word (Govan)", "A**pologies**: Reinhild Gorniak, Annie Morgan",
						List.of("1: Apologies: Reinhild Gorniak, Annie Morgan")),
				arguments("a paragraph wrapped over two lines is one line (Govan)",
						"**Present**: Esme Clark, Danny O'Neill,\nGina Preston, Ruby Kelly.",
						List.of("1: Present: Esme Clark, Danny O'Neill, Gina Preston, Ruby Kelly.")),
				arguments("an escaped number that is no list (ICAT)", "0\\. Attendance", List.of("1: 0. Attendance")),
				arguments("a bullet list with emphasis (Ayton)", "## Present\n\n* Sarah Woodbury — *Chair*\n* Amanda Wright",
						List.of("1: Present", "3: \u2022 Sarah Woodbury — Chair", "4: \u2022 Amanda Wright")),
				arguments("initials in brackets are text, not links (RSE-AUNZ)", "- [DC] Daniel Collins",
						List.of("1: \u2022 [DC] Daniel Collins")),
				arguments("a numbered item whose hard break starts a new line (Govan)",
						"1.  MINUTES OF THE NOVEMBER MEETING\\\n    These were moved as correct by Robert Preston",
						List.of("1: 1. MINUTES OF THE NOVEMBER MEETING", "2: These were moved as correct by Robert Preston")),
				arguments("an ordered list keeps its numbers and an escaped tag (YIC)",
						"1. Set quarterley meetings and circulate ToR \\[new for Helen Jeffrey]\n2. Trusts to confirm",
						List.of("1: 1. Set quarterley meetings and circulate ToR [new for Helen Jeffrey]", "2: 2. Trusts to confirm")),
				arguments("a table's rows are rows of cells",
						"| Action | Owner | Due |\n|---|---|---|\n| Write minutes | Alistair | |",
						List.of("1: Action | Owner | Due", "3: Write minutes | Alistair | ")),
				arguments("a link reads as its text", "See link: [Minutes from Meeting No.4](/2020/02/25/Minutes-of-SCM-04).",
						List.of("1: See link: Minutes from Meeting No.4.")),
				arguments("HTML blocks are passed on as written (Transparency Panel)",
						"<p><strong>Attendees</strong></p>\n<p>Dr Kieron O’Hara – Chair</p>",
						List.of("1: <p><strong>Attendees</strong></p>", "2: <p>Dr Kieron O’Hara – Chair</p>")),
				arguments("an HTML comment shows nothing (Govan)", "2.  MATTERS ARISING\n\n<!-- -->\n\na) Cleansing",
						List.of("1: 2. MATTERS ARISING", "5: a) Cleansing")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("passages")
	void readsWhatThePageShows(String name, String markdown, List<String> expected) {
		assertThat(MarkdownText.lines(markdown, 1).stream().map(l -> l.number() + ": " + l.text().replace("\t", " | ")).toList())
			.isEqualTo(expected);
	}

	@Test
	void numbersLinesFromWhereTheMarkdownStartsInTheFile() {
		assertThat(MarkdownText.lines("# Steering Committee 2017-09-12\n\n## Summary", 10))
			.containsExactly(new SourceLine(10, "Steering Committee 2017-09-12"), new SourceLine(12, "Summary"));
	}

}
