package org.scrutiny.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutiny.ingest.InputFile;
import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Meeting;
import org.scrutiny.parse.ParseResult;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class JdbcMeetingStoreTests {

	private static final LocalDate DATE = LocalDate.of(2018, 3, 27);

	private final JdbcClient jdbc = TestLedger.create();

	private final JdbcMeetingStore store = new JdbcMeetingStore(jdbc);

	@BeforeEach
	void ingest() {
		new SourceDocuments(jdbc).ingest(new InputFile("a.txt", "00", 5, "UTF-8", "notes", null));
		TestLedger.markParsed(jdbc, "a.txt");
	}

	@Test
	void storesTheMeetingItsPeopleActionsOwnersAndRejects() {
		store.replace(new ParsedFile("a.txt", Meetings.sample("a.txt", DATE)));

		assertThat(jdbc.sql("select body, meeting_date, chair from meeting").query().singleRow())
			.containsEntry("BODY", "Governance Board")
			.containsEntry("CHAIR", "John Campion");
		assertThat(rows("select name || ' ' || role || ' ' || role_title || ' ' || upper(cast(temporary as varchar(5))) || ' ' || status"
				+ " from attendee order by position"))
			.containsExactly("John Campion PCC PCC FALSE PRESENT", "Chris Singer DCC T/DCC TRUE PRESENT",
					"Jim Ellis OTHER Treasurer FALSE APOLOGY");
		assertThat(rows("select kind || ' ' || owners || ' ' || coalesce(due, '-') || ' ' || raised_in || ' ' || status"
				+ " from action order by ordinal"))
			.containsExactly("RAISED CEX;DCC 2018-04 2018-03 OPEN", "BROUGHT_FORWARD Treasurer - 2018-02 CLOSED");
		assertThat(rows("select o.role || ' ' || upper(cast(o.temporary as varchar(5))) from action_owner o join action a"
				+ " on a.action_id = o.action_id order by a.ordinal, o.position"))
			.containsExactly("CEX FALSE", "DCC TRUE", "OTHER FALSE");
		assertThat(rows("select line || ' ' || reason from reject")).containsExactly("30 action with no owner");
		assertThat(rows("select state from source_document")).containsExactly("STORED");
	}

	@Test
	void storesTheItemsParagraphsAfterTheActionsFlaggedSoTheActionsKeepTheirIds() {
		Meeting sample = Meetings.sample("a.txt", DATE).meeting().orElseThrow();
		Action paragraph = new Action(40, ActionKind.BROUGHT_FORWARD, "", List.of(), null, null, ActionStatus.OPEN,
				"PI advised that we had received an interest payment on the CC Account.", false, "Treasurer's Report", 1);
		Meeting withParagraph = new Meeting(sample.sourceFile(), sample.body(), sample.title(), sample.date(),
				sample.startTime(), sample.chair(), sample.venue(), sample.minutesBy(), sample.nextMeeting(),
				sample.attendees(), sample.actions(), sample.markedPassages(), List.of(paragraph));

		store.replace(new ParsedFile("a.txt", new ParseResult(Optional.of(withParagraph), List.of())));

		assertThat(rows("select action_id || ' ' || upper(cast(item_paragraph as varchar(5))) || ' ' || topic from action"
				+ " order by ordinal")).containsExactly(ActionIds.of("a.txt", 1) + " FALSE ", ActionIds.of("a.txt", 2) + " FALSE ",
						ActionIds.of("a.txt", 3) + " TRUE Treasurer's Report");
		// a paragraph is no update: the summary's count of updates leaves it out
		assertThat(store.counts().updates()).isEqualTo(1);
	}

	@Test
	void givesActionsIdsThatDependOnlyOnTheFileAndOrder() {
		store.replace(new ParsedFile("a.txt", Meetings.sample("a.txt", DATE)));
		assertThat(rows("select action_id from action order by ordinal")).containsExactly(ActionIds.of("a.txt", 1),
				ActionIds.of("a.txt", 2));
		assertThat(ActionIds.of("a.txt", 1)).hasSize(16).isNotEqualTo(ActionIds.of("b.txt", 1));
	}

	@Test
	void storingAFileAgainReplacesItsRows() {
		store.replace(new ParsedFile("a.txt", Meetings.sample("a.txt", DATE)));
		List<Map<String, Object>> first = jdbc.sql("select * from action order by ordinal").query().listOfRows();
		TestLedger.markParsed(jdbc, "a.txt");

		store.replace(new ParsedFile("a.txt", Meetings.sample("a.txt", DATE)));

		assertThat(jdbc.sql("select * from action order by ordinal").query().listOfRows()).isEqualTo(first);
		assertThat(rows("select count(*) from reject")).containsExactly("1");
		assertThat(rows("select count(*) from attendee")).containsExactly("3");
	}

	@Test
	void refusesAFileThatIsNotWaitingToBeStored() {
		store.replace(new ParsedFile("a.txt", Meetings.sample("a.txt", DATE)));
		assertThatIllegalStateException()
			.isThrownBy(() -> store.replace(new ParsedFile("a.txt", Meetings.sample("a.txt", DATE))));
	}

	@Test
	void knowsTheMonthOfTheLatestMeeting() {
		assertThat(store.latestMeetingMonth()).isEmpty();
		store.replace(new ParsedFile("a.txt", Meetings.sample("a.txt", DATE)));
		assertThat(store.latestMeetingMonth()).contains(YearMonth.of(2018, 3));
		// one file read and none refused; its meeting, the one line it could not read, one action and one update
		assertThat(store.counts()).isEqualTo(new LedgerCounts(1, 0, 1, 1, 1, 1));
	}

	private List<String> rows(String sql) {
		return jdbc.sql(sql).query(String.class).list();
	}

}
