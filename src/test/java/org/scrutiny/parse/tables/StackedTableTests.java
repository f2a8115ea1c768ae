package org.scrutiny.parse.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.CorpusScore;
import org.scrutiny.parse.owners.OwnerColumnResolver;
import org.scrutiny.parse.owners.PeopleIndex;

/**
 * An action log printed one cell per line (the appendix of {@code layouts/pab-untabbed-action-log.txt}).
 */
class StackedTableTests {

	private final List<NoteLine> lines = new Normaliser()
		.normalise(CorpusScore.resource("/layouts/pab-untabbed-action-log.txt")).lines();

	@Test
	void readsEachRowIntoItsColumnsWhateverWraps() {
		StackedTable.Read table = read();
		assertThat(table.rows()).extracting(NoteLine::cells).containsExactly(
				List.of("Ref", "Raised", "Action", "Owner", "Due", "Status"),
				List.of("PAB/22/027", "10/08/2022", "Report on readiness for Right Care Right Person", "TM", "Oct-22",
						"Closed – presented to the September meeting"),
				List.of("PAB/22/029", "14/09/2022", "Provide 101 abandonment data split by call type", "SR", "Dec-22",
						"Open – data being validated"),
				List.of("PAB/22/031", "12/10/2022", "Provide an analysis of the fall in the burglary solved rate by district",
						"LH", "Nov-22", "New"),
				List.of("PAB/22/032", "12/10/2022",
						"Share the VAWG delivery plan with the PCC’s office and confirm the date of the public launch", "SR",
						"Nov-22", "New"),
				List.of("PAB/22/033", "12/10/2022",
						"Assurance on escalation arrangements with the health trust for detainees awaiting a mental health assessment",
						"TM", "30/11/2022", "New"));
	}

	@Test
	void aColumnOfWordsThatAreNotAllHeadersIsNoTable() {
		List<NoteLine> prose = List.of(NoteLine.of(1, "Action"), NoteLine.of(2, "The Board agreed the plan."));
		assertThat(StackedTable.at(prose, 0, new OwnerColumnResolver(PeopleIndex.empty()))).isEmpty();
	}

	private StackedTable.Read read() {
		OwnerColumnResolver owners = new OwnerColumnResolver(PeopleIndex.empty());
		for (int i = 0; i < lines.size(); i++) {
			var table = StackedTable.at(lines, i, owners);
			if (table.isPresent()) {
				return table.get();
			}
		}
		throw new AssertionError("no stacked table found");
	}

}
