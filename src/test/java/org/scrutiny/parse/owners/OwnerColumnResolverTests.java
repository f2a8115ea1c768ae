package org.scrutiny.parse.owners;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerColumnResolverTests {

	private final OwnerColumnResolver seeds = new OwnerColumnResolver(PeopleIndex.empty());

	private final OwnerColumnResolver board = new OwnerColumnResolver(BoardAttendance.index());

	/** "1:ACC 2:ACC 3:DPCC/ACC" is action 1 ACC, action 2 ACC, action 3 DPCC and ACC. */
	private static String render(List<OwnerColumnResolver.Assignment> assignments) {
		return assignments.stream().map(a -> a.ordinal() + ":" + codes(a.owners())).collect(Collectors.joining(" "));
	}

	private static String codes(List<RoleRef> owners) {
		return owners.stream().map(RoleRef::code).collect(Collectors.joining("/"));
	}

	/** Owner columns of the seeds as the block collects them (fragments joined by a space). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			1.ACC 2.ACC 3.DPC C/ACC           | 1:ACC 2:ACC 3:DPCC/ACC
			1.ACC 2.ACC                       | 1:ACC 2:ACC
			DPCC 2.CEx                        | 1:DPCC 2:CEX
			CC DCC DCC                        | 1:CC 2:DCC 3:DCC
			DCC                               | 1:DCC
			1.ACC/ DPCC 2.ACC/ DPCC/ CEx 3.CC | 1:ACC/DPCC 2:ACC/DPCC/CEX 3:CC
			CEX CEX CEX                       | 1:CEX 2:CEX 3:CEX
			T/DCC ACC DCC                     | 1:DCC 2:ACC 3:DCC
			Chief Executive                   | 1:CEX
			""")
	void assignsOwnersToActions(String column, String expected) {
		assertThat(render(seeds.resolve(column))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			CC DCC  | 1:CC 2:DCC
			DCC DCC | 1:DCC 2:DCC
			CEX CEX | 1:CEX 2:CEX
			""")
	void assignsTwoCodesToTwoActions(String column, String expected) {
		assertThat(render(seeds.resolve(column))).isEqualTo(expected);
	}

	@Test
	void keepsAnOwnerThatNamesNobodyForTheRejects() {
		List<OwnerColumnResolver.Assignment> assignments = seeds.resolve("C");
		assertThat(assignments).singleElement().satisfies(a -> {
			assertThat(a.owners()).isEmpty();
			assertThat(a.unresolved()).containsExactly("C");
		});
	}

	/** 110_yic: "[new for Helen Jeffrey]", someone not in the attendance list, kept and reported as written. */
	@Test
	void keepsAnUnlistedPersonWholeAndReportsTheNameAsWritten() {
		OwnerColumnResolver.Assignment assignment = board.resolveCell("Helen Jeffrey");
		assertThat(assignment.owners()).extracting(RoleRef::ownerName).containsExactly("Helen Jeffrey");
		assertThat(assignment.unresolved()).containsExactly("Helen Jeffrey");
	}

	/** Owner cells of an action table: people, initials, titles and codes. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			DCC                          | DCC
			JS                           | ACC
			CD and AH                    | CEX/DCC
			DCC Harris                   | DCC
			Jane Smith / Head of Finance | ACC/Head of Finance
			ACC / Head of Finance        | ACC/Head of Finance
			Treasurer                    | Treasurer
			TP                           | Chief Finance Officer
			CEx & ACC                    | CEX/ACC
			Head of Estates              | Head of Estates
			ACC Local Policing           | ACC
			""")
	void readsATableOwnerCell(String cell, String expected) {
		OwnerColumnResolver.Assignment assignment = board.resolveCell(cell);
		assertThat(codes(assignment.owners())).isEqualTo(expected);
		assertThat(assignment.unresolved()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			T/DCC                      | DCC  | true
			(DCC)                      | DCC  | false
			CEx.                       | CEX  | false
			the Deputy Chief Constable | DCC  | false
			Acting Chief Constable     | CC   | true
			""")
	void readsOneOwner(String token, Role role, boolean temporary) {
		assertThat(seeds.single(token)).map(RoleRef::role).contains(role);
		assertThat(seeds.single(token)).map(RoleRef::temporary).contains(temporary);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			CC DCC
			CC DCC DCC
			DCC
			1.ACC 2.ACC
			DPCC 2.CEx
			CEX CEX
			1.ACC/ DPCC 2.ACC/ DPCC/ CEx 3.CC
			""")
	void seesALineThatIsNothingButAnOwnerColumn(String text) {
		assertThat(seeds.isOwnerColumn(text)).isTrue();
	}

	@Nested
	class NotAnOwnerColumn {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				C
				Ongoing
				Findings:
				1.1
				The ACC to provide an update in May
				Opportunities for officer soft skills training to be considered.
				""")
		void rejectsText(String text) {
			assertThat(seeds.isOwnerColumn(text)).isFalse();
		}

		@Test
		void rejectsABareAgendaNumber() {
			assertThat(seeds.isOwnerColumn("2.")).isFalse();
		}

	}

}
