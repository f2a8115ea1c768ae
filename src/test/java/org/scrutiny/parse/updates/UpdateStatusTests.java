package org.scrutiny.parse.updates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.ActionStatus;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateStatusTests {

	/** Updates given on brought-forward actions. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			on hold                                                            | OPEN
			Ongoing                                                            | OPEN
			1. Ongoing                                                         | OPEN
			see agenda item 6.                                                 | OPEN
			c/f                                                                | OPEN
			on the agenda for April – ongoing.                                 | OPEN
			Work is ongoing to quality assure a sample of cases                | OPEN
			The review is ongoing and will be finalised post implementation    | OPEN
			Awaiting the outcome of the IOPC investigation                     | OPEN
			In progress                                                        | OPEN
			""                                                                 | OPEN
			A written report was submitted to the PCC prior to the meeting.    | CLOSED
			The work on unresourced incidents has been completed and an acceptable upper limit for each local policing area (LPA) has been defined. | CLOSED
			shared on 1 March. Discharged.                                     | CLOSED
			Complete                                                           | CLOSED
			Discharged                                                         | CLOSED
			Ongoing – revised date December                                    | OPEN
			In progress - due May                                              | OPEN
			Closed – letter sent 20/09/2018                                    | CLOSED
			Not started – awaiting inspection report                           | OPEN
			Partially complete. Simon Denison commissioned a paper on this.   | OPEN
			done                                                               | CLOSED
			closed for Helen Jeffrey                                           | CLOSED
			ongoing for members                                                | OPEN
			deferred to 2021                                                   | OPEN
			""")
	void readsTheStatusFromTheUpdate(String update, ActionStatus expected) {
		assertThat(UpdateStatus.of(update)).isEqualTo(expected);
	}

	@Test
	void leavesAnActionWithNoUpdateOpen() {
		assertThat(UpdateStatus.of(null)).isEqualTo(ActionStatus.OPEN);
	}

	@Test
	void readsNotStartedAsOpen() {
		assertThat(UpdateStatus.of("Not started")).isEqualTo(ActionStatus.OPEN);
	}

	/** A table's status cell decides; an empty one leaves it to the update. */
	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Complete           | ""                                    | CLOSED
			Completed          | Work continues with partners          | CLOSED
			Closed             | ""                                    | CLOSED
			Discharged         | ""                                    | CLOSED
			In progress        | A report was submitted to the Board.  | OPEN
			Open               | ""                                    | OPEN
			Not complete       | ""                                    | OPEN
			Partially complete | ""                                    | OPEN
			Superseded and thus closed | ""                            | CLOSED
			"Not done"         | ""                                    | OPEN
			""                 | Ongoing                               | OPEN
			""                 | Shared on 1 March. Discharged.        | CLOSED
			""")
	void readsTheStatusCell(String cell, String update, ActionStatus expected) {
		assertThat(UpdateStatus.of(cell, update)).isEqualTo(expected);
	}

}
