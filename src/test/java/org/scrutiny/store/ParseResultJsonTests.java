package org.scrutiny.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.scrutiny.model.Reject;
import org.scrutiny.parse.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;

class ParseResultJsonTests {

	private final ParseResultJson json = new ParseResultJson();

	@Test
	void aMeetingSurvivesTheTripThroughStaging() {
		ParseResult result = Meetings.sample("a.txt", LocalDate.of(2018, 3, 27));
		String text = json.write(result);
		assertThat(text).contains("\"2018-03-27\"", "\"2018-04\"", "\"T/DCC\"");
		assertThat(json.read(text)).isEqualTo(result);
	}

	@Test
	void aRejectedFileSurvivesTheTripThroughStaging() {
		ParseResult result = new ParseResult(Optional.empty(), List.of(new Reject("a.txt", 0, "no meeting date")));
		assertThat(json.read(json.write(result))).isEqualTo(result);
	}

}
