package org.scrutiny.normalise;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HtmlFragmentsTests {

	/** Cells as the seeds hold them: each paragraph and list item becomes its own line. */
	static Stream<Arguments> cells() {
		return Stream.of(
				arguments("<ol> <li>Actions arising:</li> <li>The ACC to provide details of multi-agency meetings where "
						+ "potential victims for the IVM cohort are identified.</li> </ol>",
						List.of("Actions arising:", "The ACC to provide details of multi-agency meetings where potential "
								+ "victims for the IVM cohort are identified.")),
				arguments("<li>Actions arising:         <ol> <li>The IMU backlog to form part of the regular DPCC / ACC "
						+ "meeting.</li> <li>IMU backlog to be brought back to a future HTA consolidation meeting</li> </ol> </li>",
						List.of("Actions arising:", "The IMU backlog to form part of the regular DPCC / ACC meeting.",
								"IMU backlog to be brought back to a future HTA consolidation meeting")),
				arguments("<p>DCC</p> <p>DCC</p>", List.of("DCC", "DCC")),
				arguments("<p><b>2.</b></p>", List.of("2.")),
				arguments("<b>Actions arising:</b> None", List.of("Actions arising: None")),
				arguments("<p><b>Confirmation of next meeting type / date / time / venue:</b></p> <p>Public on the budget</p>",
						List.of("Confirmation of next meeting type / date / time / venue:", "Public on the budget")),
				arguments("<ul style=\"list-style-type: none\"> <li>• a clarity of message has been applied all the way "
						+ "through, supported by staff associations.</li> <li>• Everyone has a role to play and there needs "
						+ "to be gentle reinforcement.</li> </ul>",
						List.of("• a clarity of message has been applied all the way through, supported by staff associations.",
								"• Everyone has a role to play and there needs to be gentle reinforcement.")),
				arguments("3. <u>Service provision</u>", List.of("3. Service provision")),
				arguments("<p>The PCC&#8217;s observation was that &amp; more</p>", List.of("The PCC\u2019s observation was that & more")),
				arguments("<ul> </ul>", List.of()),
				// a bold sentence run on with no space ends its line (105 in ../shared/real); a bold label or number does not
				arguments("<p><strong>Action: Janet to put together sub-group to consider additional help to LAs.</strong>On Arms "
						+ "Length Bodies (ALB) data legacy, Pete accepted.</p>",
						List.of("Action: Janet to put together sub-group to consider additional help to LAs.",
								"On Arms Length Bodies (ALB) data legacy, Pete accepted.")),
				arguments("<p><strong>Action: Janet to put together a sub-group.</strong> On Arms Length Bodies, Pete accepted.</p>",
						List.of("Action: Janet to put together a sub-group. On Arms Length Bodies, Pete accepted.")),
				arguments("<p><b>2.</b>Minutes of the last meeting</p>", List.of("2.Minutes of the last meeting")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cells")
	void givesOneLinePerParagraphOrItem(String cell, List<String> expected) {
		assertThat(HtmlFragments.toLines(cell)).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1.ACC 2.ACC                            | 1.ACC 2.ACC
			Victims&#8217; Code of Practice (VCOP) | Victims\u2019 Code of Practice (VCOP)
			DPCC &amp; ACC                          | DPCC & ACC
			PCC & CC                               | PCC & CC
			""")
	void keepsACellWithoutHtmlAsOneLine(String cell, String expected) {
		assertThat(HtmlFragments.toLines(cell)).containsExactly(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			<b>Attendance:</b>
			<ol> <li>The IMU backlog</li> </ol>
			<p>DCC</p>
			3. <u>Service provision</u>
			""")
	void seesHtml(String cell) {
		assertThat(HtmlFragments.containsHtml(cell)).isTrue();
	}

	@Nested
	class NotHtml {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				1.ACC 2.ACC
				The backlog variation was < 900 and > 800
				<ACC>
				Police & Crime Commissioner
				""")
		void seesPlainText(String cell) {
			assertThat(HtmlFragments.containsHtml(cell)).isFalse();
		}

	}

}
