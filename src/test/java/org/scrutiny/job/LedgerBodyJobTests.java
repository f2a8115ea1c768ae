package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scrutiny.export.CsvColumns;

import org.springframework.batch.core.BatchStatus;

/**
 * One body whose notes name it two ways (ICAT, read from ../shared/real at run time and skipped without it): the
 * "ICAT Steering Committee Meeting" of April 2015 and the "ICAT Steering Group Meeting #3" of December 2015 are one
 * body's meetings, so December's review of actions is linked to April's actions.
 */
class LedgerBodyJobTests extends SampleNotesJobTest {

	private static final String APRIL = "300_icat-steering-group-2015-04.md";

	private static final String DECEMBER = "301_icat-steering-group-2015-12.md";

	@Test
	void theReviewUnderTheBodysOtherNameIsLinkedToItsActions() throws Exception {
		copyRealMinutes(APRIL);
		copyRealMinutes(DECEMBER);
		assertThat(run("2015-12").status()).isEqualTo(BatchStatus.COMPLETED);

		List<Map<String, String>> reviewed = JobTestFiles.csvRows(output, "2015-12", CsvColumns.ACTIONS_CSV)
			.stream()
			.filter(r -> r.get("source_file").equals(DECEMBER) && r.get("kind").equals("brought_forward"))
			.toList();
		assertThat(reviewed).hasSizeGreaterThanOrEqualTo(10);
		assertThat(reviewed).filteredOn(r -> r.get("text").contains("Invite HZB to join the steering committee"))
			.singleElement()
			.satisfies(row -> assertThat(row).containsEntry("raised_in", "2015-04"));
		// the meetings keep the names their notes give them
		assertThat(JobTestFiles.csvRows(output, "2015-12", CsvColumns.MEETINGS_CSV)).extracting(r -> r.get("body"))
			.contains("ICAT Steering Committee", "ICAT Steering Group");
	}

}
