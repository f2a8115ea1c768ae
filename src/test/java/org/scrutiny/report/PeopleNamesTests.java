package org.scrutiny.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Names of staff below chief officer rank in the public report's free text. */
class PeopleNamesTests {

	private final PeopleNames publicNames = new PeopleNames(Audience.PUBLIC, List.of(
			new ReportQueries.StoredAttendee("Lucy Grant", Role.PO, "Policy Officer, OPCC", false, true),
			new ReportQueries.StoredAttendee("Mike Rowe", Role.OTHER, "Head of Contact Management", false, true),
			new ReportQueries.StoredAttendee("Katie Davis", Role.OTHER, "", false, true)));

	@Test
	void replacesAJuniorNameByTheRoleThatStandsInForIt() {
		assertThat(publicNames.text("Lucy Grant to circulate the revised policy"))
			.isEqualTo("the Policy Officer to circulate the revised policy");
		assertThat(publicNames.text("Mike Rowe to report on call handling"))
			.isEqualTo("the Head of Contact Management to report on call handling");
	}

	/** "Katie Davis to present a detailed proposal" read "the Other to present ..." in the public report. */
	@Test
	void keepsTheNameOfSomeoneListedWithNoTitle() {
		assertThat(publicNames.text("Katie Davis to present a detailed proposal for a data.gov.uk steering group"))
			.isEqualTo("Katie Davis to present a detailed proposal for a data.gov.uk steering group");
	}

	/** 308_perth: "Fletcher Boyd" is listed with no title; "[NL] Nooriyah Poonawala-Lohani (Chair)" with one. */
	@Test
	void theBoardPackGivesATitleOnlyWhereTheNotesGiveOne() {
		PeopleNames board = new PeopleNames(Audience.BOARD, List.of());
		assertThat(board.attendee(new ReportQueries.StoredAttendee("Fletcher Boyd", Role.OTHER, "", false, true))).isEqualTo("Fletcher Boyd");
		assertThat(board.attendee(new ReportQueries.StoredAttendee("Nooriyah Poonawala-Lohani", Role.OTHER, "Chair", false, true)))
			.isEqualTo("Nooriyah Poonawala-Lohani (Chair)");
		assertThat(board.attendee(new ReportQueries.StoredAttendee("Chris Singer", Role.DCC, "T/Deputy Chief Constable", true, true)))
			.isEqualTo("Chris Singer (T/DCC)");
	}

	@Test
	void thePublicReportNamesAPersonListedWithNoTitleAndOnlyTheTitleOfStaff() {
		PeopleNames publicList = new PeopleNames(Audience.PUBLIC, List.of());
		assertThat(publicList.attendee(new ReportQueries.StoredAttendee("Fletcher Boyd", Role.OTHER, "", false, true))).isEqualTo("Fletcher Boyd");
		assertThat(publicList.attendee(new ReportQueries.StoredAttendee("Lucy Grant", Role.PO, "Policy Officer, OPCC", false, true)))
			.isEqualTo("Policy Officer");
	}

	/** 001 of the samples: "Charity Pearce	Policy Assistant (PO)" is a Policy Assistant, as the notes say, not a Policy Officer. */
	@Test
	void staffAreShownByTheTitleTheNotesGiveInWords() {
		PeopleNames publicList = new PeopleNames(Audience.PUBLIC, List.of(
				new ReportQueries.StoredAttendee("Charity Pearce", Role.PO, "Policy Assistant (PO)", false, true)));
		assertThat(publicList.attendee(new ReportQueries.StoredAttendee("Charity Pearce", Role.PO, "Policy Assistant (PO)", false, true)))
			.isEqualTo("Policy Assistant");
		assertThat(publicList.text("Charity Pearce to circulate the notes")).isEqualTo("the Policy Assistant to circulate the notes");
		assertThat(publicList.attendee(new ReportQueries.StoredAttendee("Sam Hill", Role.PO, "PO", false, true)))
			.isEqualTo("Policy Officer");
	}

	@Test
	void theBoardPackKeepsEveryName() {
		PeopleNames board = new PeopleNames(Audience.BOARD, List.of(
				new ReportQueries.StoredAttendee("Lucy Grant", Role.PO, "Policy Officer, OPCC", false, true)));
		assertThat(board.text("Lucy Grant to circulate the revised policy")).isEqualTo("Lucy Grant to circulate the revised policy");
	}

}
