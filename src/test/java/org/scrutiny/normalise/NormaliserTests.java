package org.scrutiny.normalise;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Raw passages from the seeds, tabs and all, and the lines the parser gets from them (cells shown joined by " | "). */
class NormaliserTests {

	private final Normaliser normaliser = new Normaliser();

	static Stream<Arguments> passages() {
		return Stream.of(
				arguments("OCR splits across the first two columns (seed 002)",
						"\tActions arising:\t\n\tThere were no outstanding matters.\t\nAc\tetions arising:\t\n"
								+ "111\tere were no actions arising.\t\nTh\tere were no actions arising.\t",
						List.of(" | Actions arising:", " | There were no outstanding matters.", " | Actions arising:",
								"111 | ere were no actions arising.", " | There were no actions arising.")),
				arguments("an action and its owner cell wrapped over an OCR split (seed 002)",
						"\tAn update was provided on current operational matters including:\t\n6.\tDATE OF NEXT MEETING:\t\n"
								+ "An\tupdate on recovery plan progress to be provided to the November\t\nme\teeting.\tC",
						List.of(" | An update was provided on current operational matters including:", "6. | DATE OF NEXT MEETING:",
								" | An update on recovery plan progress to be provided to the November", " | meeting. | C")),
				arguments("page furniture out, a protective marking kept (seeds 000 and 004)",
						"Not Protectively Marked\n\nFage 5\t\t\nPage 6 of 7\n--\t--\t-----------------------\nOFFICIAL-SENSITIVE\n"
								+ "widely about issues, improving customer service.",
						List.of("OFFICIAL-SENSITIVE", "widely about issues, improving customer service.")),
				arguments("an HTML list in a cell, with its owner cell after it (seed 000)",
						"<ol> <li>Actions arising:</li> <li>The ACC to provide details of multi-agency meetings where potential "
								+ "victims for the IVM cohort are identified.</li> <li>The IVM dashboard being developed by ASI will "
								+ "be shared with the PCC when complete.</li> </ol>\t1.ACC 2.ACC",
						List.of("Actions arising:",
								"The ACC to provide details of multi-agency meetings where potential victims for the IVM cohort are identified.",
								"The IVM dashboard being developed by ASI will be shared with the PCC when complete.", " | 1.ACC 2.ACC")),
				arguments("inline tags keep the row's cells (seed 001)",
						"<b>Attendance:</b>\tJohn Campion\tPolice and Crime Commissioner (PCC)\n"
								+ "<p><b>2.</b></p>\t<p><b>Holding to account – Covid 19</b></p>\t",
						List.of("Attendance: | John Campion | Police and Crime Commissioner (PCC)", "2. | Holding to account – Covid 19")),
				arguments("a short first cell labels the first paragraph of the next (seed 001)",
						"<b>2.3</b>\t<p><b>Supporting and protecting the workforce</b></p> <p>The PCC referred to the 10 obligations "
								+ "the force has implemented to ensure the workplace is Covid secure.</p>",
						List.of("2.3 | Supporting and protecting the workforce",
								" | The PCC referred to the 10 obligations the force has implemented to ensure the workplace is Covid secure.")),
				arguments("owner cells of HTML paragraphs stay one line (seed 001)",
						"\t<p>the DCC to share the disproportionality analysis with the PCC's office</p> <p>The PCC said that "
								+ "anecdotally, the working relationships formed in</p>\t<p>DCC</p> <p>DCC</p>",
						List.of(" | the DCC to share the disproportionality analysis with the PCC's office",
								" | The PCC said that anecdotally, the working relationships formed in", " |  | DCC DCC")),
				arguments("a passage printed twice is kept once, unless its row carries an owner (seed 000)",
						"\tPCC to determine who from his office does/should attend the Information Management Strategic Board.\t\n"
								+ "\tPCC to determine who from his office does/should attend the Information Management Strategic Board.\t\n"
								+ "\tPCC to determine who from his office does/should attend the Information Management Strategic Board.\tDPCC 2.CEx",
						List.of(" | PCC to determine who from his office does/should attend the Information Management Strategic Board.",
								" | PCC to determine who from his office does/should attend the Information Management Strategic Board. | DPCC 2.CEx")),
				arguments("markdown heading marker, bullet glyphs and control characters (seeds 000 and 003)",
						"## Monthly Assurance Meeting March 2018 – Meeting Notes\n\uf0b7 Check how the organisational aspiration "
								+ "to improve victim satisfaction is translated into individual objectives.\u000c\n"
								+ "- Date:  Tuesday 27 March 2018\u00a0@ 10:30",
						List.of("Monthly Assurance Meeting March 2018 – Meeting Notes",
								"\u2022 Check how the organisational aspiration to improve victim satisfaction is translated into individual objectives.",
								"- Date: Tuesday 27 March 2018 @ 10:30")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("passages")
	void cleansPassages(String name, String raw, List<String> expected) {
		List<String> lines = normaliser.normalise(raw).lines().stream().filter(l -> !l.isBlank())
			.map(l -> String.join(" | ", l.cells())).toList();
		assertThat(lines).containsExactlyElementsOf(expected);
	}

	@Test
	void keepsTheSourceLineOfEveryLineAnHtmlCellBecomes() {
		String raw = "\n\tActions arising:\t\n<ol> <li>File quality to form part of the regular DPCC / ACC meeting.</li> "
				+ "<li>DPCC and ACC to work with Chair of LCJB to simplify the data presented to the Board</li> </ol>\t1.ACC/ DPCC 2.ACC/ DPCC/ CEx 3.CC";
		List<NoteLine> lines = normaliser.normalise(raw).lines().stream().filter(l -> !l.isBlank()).toList();
		assertThat(lines).extracting(NoteLine::sourceLine).containsExactly(2, 3, 3, 3);
		assertThat(lines.get(3).cells()).containsExactly("", "1.ACC/ DPCC 2.ACC/ DPCC/ CEx 3.CC");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pagedTexts")
	void knowsThePageEachLineIsPrintedOn(String what, String raw, List<Integer> pageOfEachLine) {
		NormalisedNote note = normaliser.normalise(raw);
		List<Integer> pages = java.util.stream.IntStream.rangeClosed(1, pageOfEachLine.size()).mapToObj(note::page).toList();
		assertThat(pages).isEqualTo(pageOfEachLine);
		// and so does the note as stored between the steps
		NormalisedNote stored = NormalisedNote.deserialise(note.serialise());
		assertThat(stored).isEqualTo(note);
	}

	static Stream<Arguments> pagedTexts() {
		return Stream.of(
				arguments("a PDF's pages: a form feed after each page's last line", "Minutes\nPresent: PCC\n\f\nActions arising:\n1. DCC to publish",
						List.of(1, 1, 1, 2, 2)),
				arguments("a text dump's form feed opening the next page's first line", "Minutes\n\fPage two\nmore", List.of(1, 2, 2)),
				arguments("no form feed: one page", "Minutes\nPresent: PCC", List.of(1, 1)));
	}

}
