package org.scrutiny.parse.tables;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.parse.tables.ActionTable.Column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.parse.NoteLines.row;

/** Action logs laid out as tables; cells separated by ⇥ where the notes have a tab. */
class ActionTableTests {

	private static final ActionTable LOG = ActionTable.header(row("Ref⇥Action⇥Owner⇥Due")).orElseThrow();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Ref⇥Action⇥Owner⇥Due                          | DUE    | STATUS
			Action⇥Lead⇥Deadline⇥Status⇥Update            | STATUS | RAISED
			Date raised⇥Action⇥Responsible⇥Progress       | RAISED | DUE
			No.⇥Action required⇥By whom⇥By when           | DUE    | UPDATE
			Action:⇥Owner:⇥Target date:                   | DUE    | REF
			No.⇥Meeting⇥Action⇥Owner⇥Update               | RAISED | STATUS
			""")
	void readsAHeaderRow(String cells, Column present, Column absent) {
		ActionTable table = ActionTable.header(row(cells)).orElseThrow();
		assertThat(table.has(Column.ACTION)).isTrue();
		assertThat(table.has(Column.OWNER)).isTrue();
		assertThat(table.has(present)).isTrue();
		assertThat(table.has(absent)).isFalse();
	}

	@Test
	void readsAnActionOwnerHeader() {
		assertThat(ActionTable.header(row("No.⇥Action⇥Action Owner⇥Target Date"))).isPresent();
	}

	/** 300_icat: "| No. | Sec. | Detail | Resp. |", its rows numbered like the agenda's headings. */
	@Test
	void readsADetailRespLogWhoseRowsCarryAgendaNumbers() {
		ActionTable table = ActionTable.header(row("No.⇥Sec.⇥Detail⇥Resp.")).orElseThrow();
		ActionTable.Row row = table.row(row("2.4⇥4⇥Check with CLF/LSF that they are correctly represented⇥BM")).orElseThrow();
		assertThat(row.get(Column.ACTION)).isEqualTo("Check with CLF/LSF that they are correctly represented");
		assertThat(row.get(Column.OWNER)).isEqualTo("BM");
		assertThat(row.get(Column.REF)).isEqualTo("2.4");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			11/19⇥DCC to share the findings of the custody healthcare contract review with the DPCC⇥DCC⇥30/06/2019 | DCC to share the findings of the custody healthcare contract review with the DPCC | DCC | 30/06/2019
			12/19⇥ACC Local Policing to present rural crime team performance to the Board⇥JS⇥Next meeting          | ACC Local Policing to present rural crime team performance to the Board         | JS  | Next meeting
			⇥Clarify the timeline for the development of the police service offer⇥DCC                             | Clarify the timeline for the development of the police service offer             | DCC | ""
			""")
	void readsARowByItsColumns(String cells, String action, String owner, String due) {
		ActionTable.Row row = LOG.row(row(cells)).orElseThrow();
		assertThat(row.get(Column.ACTION)).isEqualTo(action);
		assertThat(row.get(Column.OWNER)).isEqualTo(owner);
		assertThat(row.get(Column.DUE)).isEqualTo(due);
	}

	@Test
	void findsColumnsByTheirHeaderNotTheirOrder() {
		ActionTable table = ActionTable.header(row("Action⇥Lead⇥Deadline⇥Status⇥Update")).orElseThrow();
		ActionTable.Row row = table.row(row("Share the disproportionality analysis with the PCC's office⇥DCC⇥July⇥Complete⇥Shared on 1 March."))
			.orElseThrow();
		assertThat(row.get(Column.OWNER)).isEqualTo("DCC");
		assertThat(row.get(Column.DUE)).isEqualTo("July");
		assertThat(row.get(Column.STATUS)).isEqualTo("Complete");
		assertThat(row.get(Column.UPDATE)).isEqualTo("Shared on 1 March.");
	}

	@Test
	void joinsAWrappedActionCell() {
		assertThat(LOG.continuation(row("⇥timelines in line with the police and crime plan⇥⇥"))).contains("timelines in line with the police and crime plan");
	}

	@Nested
	class NotATable {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				1.⇥OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD⇥ACTION
				⇥Name:⇥Capacity:
				Action⇥Update
				Action: DCC Harris to circulate the revised PEEL improvement plan to Board members by 30 June 2019.
				Attendance:⇥John Campion⇥Police and Crime Commissioner (PCC)
				""")
		void readsNoHeader(String cells) {
			assertThat(ActionTable.header(row(cells))).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				⇥Findings:
				12/19⇥⇥JS⇥Next meeting
				5.⇥AOB
				2.2⇥HMICFRS inspection programme / Matters arising from the Service Improvement Board (SIB)
				3. HMICFRS PEEL inspection – force response
				""")
		void endsTheTableAtALineThatIsNotARow(String cells) {
			assertThat(LOG.row(row(cells))).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				⇥The ACC to review and share the work on which officers can use the drugs testing kits.
				⇥⇥in⇥
				""")
		void joinsNoLineThatStartsAnItemOrSitsInAnotherColumn(String cells) {
			assertThat(LOG.continuation(row(cells))).isEmpty();
		}

	}

}
