package org.scrutiny.parse.owners;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Attendee;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.NoteLines;
import org.scrutiny.parse.people.AttendanceParser;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleIndexTests {

	/** Owners as the numbered minutes give them, against that meeting's attendance list. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Jane Smith  | ACC
			jane smith  | ACC
			Smith       | ACC
			JS          | ACC
			ACC Smith   | ACC
			ACC Okafor  | ACC
			DCC Harris  | DCC
			Harris.     | DCC
			AH          | DCC
			CD          | CEX
			TP          | Chief Finance Officer
			Supt Rowe   | Head of Contact Management
			Peter Marsh | PCC
			""")
	void findsTheRoleOfAPerson(String text, String code) {
		assertThat(BoardAttendance.index().find(text)).map(RoleRef::code).contains(code);
	}

	/** The same owners are the people they name, as owner_names gives them. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Jane Smith  | Jane Smith
			JS          | Jane Smith
			DCC Harris  | Alan Harris
			AH          | Alan Harris
			TP          | Tom Price
			Supt Rowe   | Supt Mike Rowe
			""")
	void findsThePersonAnOwnerNames(String text, String person) {
		assertThat(BoardAttendance.index().find(text)).map(RoleRef::person).contains(person);
	}

	/** "DCC to review..." is the meeting's DCC; an ACC when two attended, or a title of another body, stays a role. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			DCC       | Alan Harris
			CEX       | Claire Dunn
			ACC       | ""
			SPM       | ""
			""")
	void namesTheOnePersonWhoHoldsARole(Role role, String person) {
		assertThat(BoardAttendance.index().named(RoleRef.of(role)).person()).isEqualTo(person);
	}

	@Test
	void resolvesInitialsTheAttendanceListDefines() {
		List<Attendee> people = AttendanceParser.read(NoteLines.rows("Present:\nJane Smith (JS) – Assistant Chief Constable")).people();
		assertThat(new PeopleIndex(people).find("JS")).map(RoleRef::role).contains(Role.ACC);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			DCC Smith   | DCC | false
			T/ACC Jones | ACC | true
			A/DCC Brown | DCC | true
			""")
	void takesTheRankOfSomeoneNotInTheList(String text, Role role, boolean temporary) {
		assertThat(PeopleIndex.empty().find(text)).map(RoleRef::role).contains(role);
		assertThat(PeopleIndex.empty().find(text)).map(RoleRef::temporary).contains(temporary);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Jane Smith         | JS
			Natasha Noorbakhsh | NN
			Anthony Bangham    | AB
			""")
	void derivesInitials(String name, String initials) {
		assertThat(PeopleIndex.initialsOf(name)).isEqualTo(initials);
	}

	@Nested
	class NobodyFound {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				Supt Brown
				XY
				The ACC to provide an update
				Bangham
				""")
		void namesNobodyInTheList(String text) {
			assertThat(BoardAttendance.index().find(text)).isEmpty();
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
				CC DCC
				DCC DCC
				CEX CEX
				""")
		void takesNoRoleCodeForASurname(String text) {
			assertThat(PeopleIndex.empty().find(text)).isEmpty();
		}

		@Test
		void readsNothingFromBlank() {
			assertThat(BoardAttendance.index().find("  ")).isEmpty();
		}

		@Test
		void leavesASurnameTwoPeopleShareUnresolved() {
			PeopleIndex index = new PeopleIndex(List.of(
					new Attendee("Jane Smith", RoleRef.of(Role.ACC), AttendanceStatus.PRESENT, "JS"),
					new Attendee("Alan Smith", RoleRef.of(Role.DCC), AttendanceStatus.PRESENT, "AS")));
			assertThat(index.find("Smith")).isEmpty();
			assertThat(index.find("Alan Smith")).map(RoleRef::role).contains(Role.DCC);
		}

	}

}
