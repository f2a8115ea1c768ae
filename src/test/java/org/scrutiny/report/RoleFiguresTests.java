package org.scrutiny.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.jfree.data.category.DefaultCategoryDataset;
import org.scrutiny.report.ReportQueries.OwnersTally;
import org.scrutiny.report.ReportQueries.RoleCount;

/** The per-role figures of the public report: in the board pack's order of roles, and a chart with no "0" labels. */
class RoleFiguresTests {

	@Test
	void rolesComeInRankOrderWhateverOrderTheyFirstOwnedAnAction() {
		// the ledger's oldest open action is the Chief Constable's, then the DCC's, the Chief Executive's, one with no
		// owner, then the ACC's, the Deputy PCC's and the PCC's (November 2020, the samples)
		List<OwnersTally> tallies = List.of(tally("CC", 4), tally("DCC", 5), tally("CEX", 6), tally("", 1), tally("ACC", 8),
				tally("DPCC;ACC", 1), tally("PCC", 1));

		List<RoleCount> rows = RoleFigures.counted(tallies);

		assertThat(rows).extracting(RoleCount::role)
			.containsExactly("ALL", "PCC", "DPCC", "CC", "DCC", "ACC", "CEX", "UNASSIGNED");
		assertThat(rows.get(0).open()).isEqualTo(26);
		assertThat(rows).filteredOn(r -> r.role().equals("ACC")).singleElement().extracting(RoleCount::open).isEqualTo(9);
	}

	@Test
	void aBarOfNothingHasNoLabel() {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		dataset.addValue(0, "Raised", "Chief Constable");
		dataset.addValue(4, "Open", "Chief Constable");
		GreyscaleBarChart.NonZeroLabels labels = new GreyscaleBarChart.NonZeroLabels();

		assertThat(labels.generateLabel(dataset, 0, 0)).isNull();
		assertThat(labels.generateLabel(dataset, 1, 0)).isEqualTo("4");
	}

	private static OwnersTally tally(String owners, int open) {
		return new OwnersTally(owners, 0, 0, open, 0);
	}

}
