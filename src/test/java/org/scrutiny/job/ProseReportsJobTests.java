package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scrutiny.export.CsvColumns;

import org.springframework.batch.core.BatchStatus;

/**
 * Two consecutive meetings of a community council (Ayton, January and February 2024, read from ../shared/real at run
 * time and skipped without it): February's "Matters Arising" are paragraphs that name no action, and the job shows the
 * ones it can link as January's actions, brought forward with the paragraph as their update.
 */
class ProseReportsJobTests extends SampleNotesJobTest {

	private static final String JANUARY = "200_ayton-cc-2024-01.md";

	private static final String FEBRUARY = "201_ayton-cc-2024-02.md";

	private static final String MARCH = "202_ayton-cc-2024-03.md";

	@Test
	void aParagraphOfMattersArisingIsTheUpdateOnTheActionItReportsOn() throws Exception {
		copyRealMinutes(JANUARY);
		copyRealMinutes(FEBRUARY);
		assertThat(run("2024-02").status()).isEqualTo(BatchStatus.COMPLETED);

		List<Map<String, String>> rows = JobTestFiles.csvRows(output, "2024-02", CsvColumns.ACTIONS_CSV);
		List<Map<String, String>> dogWarden = rows.stream()
			.filter(r -> r.get("source_file").equals(FEBRUARY) && r.get("text").contains("contact the dog warden"))
			.toList();
		assertThat(dogWarden).singleElement().satisfies(row -> {
			assertThat(row).containsEntry("kind", "brought_forward").containsEntry("raised_in", "2024-01").containsEntry("status", "open");
			assertThat(row.get("update")).startsWith("TS confirmed he had contacted the dog warden at SBC");
		});
		// a paragraph that names the agenda item's words reports on the action raised under it, whoever speaks
		assertThat(rows).filteredOn(r -> r.get("update").startsWith("Promotion for the Sustainable Selkirk Event"))
			.singleElement()
			.satisfies(row -> assertThat(row.get("text")).isEqualTo("MC to speak to them about promotion of a March awareness event"));
		// a paragraph linked to no action is no row: every row names its action
		assertThat(rows).noneMatch(r -> r.get("text").isBlank());
		assertThat(rows).noneMatch(r -> r.get("update").startsWith("SW advised that she had contacted Berwickshire Housing"));
		// but listed, with its file and line, beside the rejects: never silently lost (its action was raised in
		// December, whose notes this run does not hold)
		assertThat(JobTestFiles.csvRows(output, "2024-02", CsvColumns.REJECTS_CSV))
			.filteredOn(r -> r.get("source_file").equals(FEBRUARY) && r.get("line").equals("41"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("reason")).startsWith("an update on an earlier action that names none")
				.contains("SW advised that she had contacted Berwickshire Housing"));
	}

	@Test
	void aParagraphOfAnItemIsTheUpdateOnTheActionRaisedUnderItAtTheMeetingBefore() throws Exception {
		copyRealMinutes(FEBRUARY);
		copyRealMinutes(MARCH);
		assertThat(run("2024-03").status()).isEqualTo(BatchStatus.COMPLETED);

		List<Map<String, String>> rows = JobTestFiles.csvRows(output, "2024-03", CsvColumns.ACTIONS_CSV);
		// under "Treasurer's Report" in February and again in March
		assertThat(rows).filteredOn(r -> r.get("source_file").equals(MARCH) && r.get("update").startsWith("As far as PI was concerned"))
			.singleElement()
			.satisfies(row -> assertThat(row).containsEntry("kind", "brought_forward").containsEntry("raised_in", "2024-02")
				.containsEntry("status", "open").extractingByKey("text").asString().startsWith("Cllr JA to chase this up with Gillian Jardine"));
		// the item's other paragraph reports on nothing: neither a row nor an update listed as lost
		assertThat(rows).noneMatch(r -> r.get("update").startsWith("PI advised that we had received an interest Payment"));
		assertThat(JobTestFiles.csvRows(output, "2024-03", CsvColumns.REJECTS_CSV))
			.noneMatch(r -> r.get("reason").contains("PI advised that we had received an interest Payment"));
	}

}
