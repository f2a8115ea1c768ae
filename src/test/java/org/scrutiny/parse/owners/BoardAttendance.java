package org.scrutiny.parse.owners;

import java.util.List;

import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Attendee;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

/**
 * The attendance list of the numbered-minutes layout (src/test/resources/layouts/pab-numbered-minutes.txt), as the
 * attendance parser reads it, for rules that resolve owners given as people.
 */
final class BoardAttendance {

	static final List<Attendee> PEOPLE = List.of(present("Peter Marsh", "PM", Role.PCC, "Police and Crime Commissioner"),
			present("Helen Ward", "HW", Role.DPCC, "Deputy Police and Crime Commissioner"),
			present("Robert Kane", "RK", Role.CC, "Chief Constable"),
			present("Alan Harris", "AH", Role.DCC, "Deputy Chief Constable"),
			present("Jane Smith", "JS", Role.ACC, "Assistant Chief Constable, Local Policing"),
			present("Claire Dunn", "CD", Role.CEX, "Chief Executive, OPCC"),
			present("Tom Price", "TP", Role.OTHER, "Chief Finance Officer"),
			present("Supt Mike Rowe", "SMR", Role.OTHER, "Head of Contact Management"),
			present("Lucy Grant", "LG", Role.PO, "Policy Officer, OPCC"),
			new Attendee("David Okafor", new RoleRef(Role.ACC, false, "Assistant Chief Constable, Crime and Justice"),
					AttendanceStatus.APOLOGY, "DO"));

	private BoardAttendance() {
	}

	static PeopleIndex index() {
		return new PeopleIndex(PEOPLE);
	}

	private static Attendee present(String name, String initials, Role role, String title) {
		return new Attendee(name, new RoleRef(role, false, title), AttendanceStatus.PRESENT, initials);
	}

}
