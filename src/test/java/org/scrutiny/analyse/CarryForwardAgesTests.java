package org.scrutiny.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.ActionStatus;

/**
 * Ages at the end of March 2018 on the sample notes, worked out by hand from the notes.
 */
class CarryForwardAgesTests {

	private static final LocalDate END_OF_MARCH_2018 = LocalDate.of(2018, 3, 31);

	private final SampleLedger samples = new SampleLedger();

	private final List<CarryForwardAges.Age> ages = CarryForwardAges.at(END_OF_MARCH_2018,
			LedgerBuilder.build(samples.actions()), samples.meetingRefs());

	@Test
	void theSrpGovernanceReviewIsOpenAfterOneMeeting() {
		// Raised at the February 2018 meeting (not among the samples, so counted from 1 February), reported
		// "Ongoing" at 27 March 2018: open, carried through that one meeting, last reported then.
		// Age: 1 Feb to 31 Mar 2018 = 27 + 31 = 58 days; 1 whole month.
		CarryForwardAges.Age srp = find("SRP governance model");
		assertThat(srp.status()).isEqualTo(ActionStatus.OPEN);
		assertThat(srp.entry().raisedIn()).hasToString("2018-02");
		assertThat(srp.owners()).isEqualTo("CEX");
		assertThat(srp.meetingsCarried()).isEqualTo(1);
		assertThat(srp.lastReported()).isEqualTo(LocalDate.of(2018, 3, 27));
		assertThat(srp.ageDays()).isEqualTo(58);
		assertThat(srp.ageMonths()).isEqualTo(1);
		assertThat(srp.silentDrop()).isFalse();
	}

	@Test
	void itemsReportedDoneOnTwentySeventhMarchClosedThere() {
		// Hire cars (raised January 2018) had a written report before the meeting: closed at 2018-03-27, the first
		// meeting that reported on it. 1 Jan to 27 Mar = 30 + 28 + 27 = 85 days, 2 whole months.
		CarryForwardAges.Age hireCars = find("further update on this work");
		assertThat(hireCars.status()).isEqualTo(ActionStatus.CLOSED);
		assertThat(hireCars.closedOn()).isEqualTo(LocalDate.of(2018, 3, 27));
		assertThat(hireCars.ageDays()).isEqualTo(85);
		assertThat(hireCars.ageMonths()).isEqualTo(2);
		assertThat(hireCars.meetingsCarried()).isEqualTo(1);
		assertThat(find("drugs testing kits").closedOn()).isEqualTo(LocalDate.of(2018, 3, 27));
		assertThat(find("unresourced incident levels").closedOn()).isEqualTo(LocalDate.of(2018, 3, 27));
	}

	@Test
	void actionsNeverReportedOnAtALaterMeetingAreSilentDrops() {
		// The May 2016 meeting raised six actions; neither October 2016 nor March 2018 reported on any of them.
		// The October 2016 meeting raised three; March 2018 reported on none. March 2018's own twelve have had no
		// later meeting yet, so they are not dropped.
		List<CarryForwardAges.Age> dropped = ages.stream().filter(CarryForwardAges.Age::silentDrop).toList();
		assertThat(dropped).hasSize(9);
		assertThat(dropped).allMatch(a -> a.entry().raisedOn().getYear() == 2016);
		assertThat(ages.stream().filter(a -> a.entry().raisedOn() != null && a.entry().raisedOn().getYear() == 2018))
			.hasSize(12)
			.noneMatch(CarryForwardAges.Age::silentDrop);
	}

	@Test
	void overdueMeansOpenAndPastItsDueDate() {
		// Due November 2016 (recovery plan update) and March 2017 (digital forensics debrief), never closed.
		// The CSE update due May 2018 is not yet overdue at the end of March 2018.
		assertThat(ages.stream().filter(CarryForwardAges.Age::overdue).map(a -> a.entry().due().toString()))
			.containsExactlyInAnyOrder("2016-11", "2017-03");
		assertThat(find("multi-agency safeguarding approach to CSE").overdue()).isFalse();
	}

	@Test
	void oldestFirst() {
		assertThat(ages).isSortedAccordingTo((a, b) -> a.entry().raisedDay().compareTo(b.entry().raisedDay()));
		assertThat(ages.get(0).entry().raisedOn()).isEqualTo(LocalDate.of(2016, 5, 31));
	}

	private CarryForwardAges.Age find(String words) {
		return ages.stream().filter(a -> a.entry().text().contains(words)).findFirst()
			.orElseThrow(() -> new AssertionError("no action containing '" + words + "'"));
	}

}
