package org.scrutiny.store;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Attendee;
import org.scrutiny.model.Due;
import org.scrutiny.model.Meeting;
import org.scrutiny.model.Reject;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.ParseResult;

/**
 * A meeting with a bit of everything the tables hold, for store and export tests.
 */
public final class Meetings {

	private Meetings() {
	}

	public static ParseResult sample(String sourceFile, LocalDate date) {
		Meeting meeting = new Meeting(sourceFile, "Governance Board", "Governance Board " + date, date,
				LocalTime.of(14, 30), "John Campion", "Hindlip, Worcester", "Jackie Irvin", date.plusMonths(1),
				List.of(new Attendee("John Campion", RoleRef.of(Role.PCC), AttendanceStatus.PRESENT, "JC"),
						new Attendee("Chris Singer", new RoleRef(Role.DCC, true, "T/DCC"), AttendanceStatus.PRESENT,
								"CS"),
						new Attendee("Jim Ellis", new RoleRef(Role.OTHER, false, "Treasurer"),
								AttendanceStatus.APOLOGY, null)),
				List.of(new Action(12, ActionKind.RAISED, "=HYPERLINK(\"http://x\") share the plan, \"soon\"",
						List.of(RoleRef.of(Role.CEX), new RoleRef(Role.DCC, true, "T/DCC").heldBy("Chris Singer")),
						Due.ofMonth(YearMonth.from(date).plusMonths(1)), YearMonth.from(date), ActionStatus.OPEN, ""),
						new Action(20, ActionKind.BROUGHT_FORWARD, "Review the estates strategy",
								List.of(new RoleRef(Role.OTHER, false, "Treasurer")), null,
								YearMonth.from(date).minusMonths(1), ActionStatus.CLOSED, "-Done in full")));
		return new ParseResult(Optional.of(meeting), List.of(new Reject(sourceFile, 30, "action with no owner")));
	}

}
