package org.scrutiny.parse.tables;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scrutiny.parse.NoteLines.rows;

class ProgressTableTests {

	@Test
	void readsEachActionOverItsProgressAsAnEarlierActionReportedOn() {
		ProgressTable.Read read = ProgressTable.at(rows("""
				Action
				Progress
				Transparency Team to circulate the UK OGP Action Plan to Senior Officials.
				Complete
				Common themes in departmental Open Data Strategies to be discussed at the meeting on 8th March.
				Complete
				3.  Draft Open Data Strategies and Emerging Themes
				Charlotte Alldritt thanked the group for submitting their draft Open Data strategies."""), 0).orElseThrow();
		assertThat(read.rows()).extracting(ProgressTable.Row::action, ProgressTable.Row::update).containsExactly(
				tuple("Transparency Team to circulate the UK OGP Action Plan to Senior Officials.", "Complete"),
				tuple("Common themes in departmental Open Data Strategies to be discussed at the meeting on 8th March.",
						"Complete"));
		assertThat(read.consumed()).isEqualTo(6);
	}

	@Test
	void needsAProgressOrStatusColumnBesideTheAction() {
		List<String> notTables = List.of("""
				Action
				Owner
				Transparency Team to circulate the UK OGP Action Plan to Senior Officials.
				Complete""", """
				Action
				Progress
				Transparency Team to circulate the UK OGP Action Plan to Senior Officials.
				Transparency Team to circulate White Paper presentation to Senior Officials.""");
		notTables.forEach(passage -> assertThat(ProgressTable.at(rows(passage), 0)).as(passage).isEmpty());
	}

}
