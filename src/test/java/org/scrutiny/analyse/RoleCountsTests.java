package org.scrutiny.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-role counts for March 2018 on the sample notes, worked out by hand.
 */
class RoleCountsTests {

	private final SampleLedger samples = new SampleLedger();

	private final List<RoleCounts.Row> rows = RoleCounts.of(YearMonth.of(2018, 3), LedgerBuilder.build(samples.actions()));

	@Test
	void actionsRaisedInMarch2018PerRoleMatchTheGoldOwners() {
		// Each gold action counts once for each of its owners.
		Map<String, Integer> expected = new TreeMap<>();
		JsonNode gold = JsonMapper.builder().build().readTree(SampleLedger.resource("/gold/000_57939b0d5e07704e.json"));
		gold.get("actions").forEach(a -> a.get("owners").forEach(o -> expected.merge(o.asString(), 1, Integer::sum)));
		Map<String, Integer> raised = new TreeMap<>();
		rows.stream().filter(r -> r.window() == RoleCounts.Window.PERIOD && !r.role().equals(RoleCounts.ALL) && r.raised() > 0)
			.forEach(r -> raised.put(r.role(), r.raised()));
		assertThat(raised).isEqualTo(expected).containsEntry("ACC", 8).containsEntry("DPCC", 4);
	}

	/** A parish council's owners are no police roles: each counts under its title, or else under the person's name. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			DCC   | T/DCC | Chris Singer | DCC
			OTHER | Clerk | Ann Bell     | Clerk
			OTHER | ""    | Paul Fell    | Paul Fell
			OTHER | ""    | ""           | OTHER
			""")
	void countsAnOwnerUnderItsRoleElseItsTitleElseItsPerson(Role role, String title, String person, String row) {
		assertThat(RoleCounts.key(new RoleRef(role, false, title, person))).isEqualTo(row);
	}

	@Test
	void marchTotalsCountEachActionOnce() {
		// Raised: the 12 actions of 27 March. Closed: hire cars, the unresourced-incident findings, the drugs kits.
		// Open at 31 March: 6 from May 2016 + 3 from October 2016 + the SRP review + the 12 new ones = 22.
		// Overdue: the November 2016 recovery-plan update and the March 2017 debrief. Carried: the four reported on.
		// Distinct: 22 open + 3 closed = 25.
		RoleCounts.Row all = row(RoleCounts.ALL, RoleCounts.Window.PERIOD);
		assertThat(all).isEqualTo(new RoleCounts.Row("ALL", RoleCounts.Window.PERIOD, 12, 3, 22, 2, 4, 25));
	}

	@Test
	void sharedActionsCountForEachOwner() {
		// ACC: raised 8 (all still open), closed 2 (findings, drugs kits), carried the same 2: distinct 10.
		assertThat(row("ACC", RoleCounts.Window.PERIOD)).isEqualTo(new RoleCounts.Row("ACC", RoleCounts.Window.PERIOD, 8, 2, 8, 0, 2, 10));
		// DCC: open soft skills, victim objectives (May 2016) and the overdue debrief; closed hire cars.
		assertThat(row("DCC", RoleCounts.Window.PERIOD)).isEqualTo(new RoleCounts.Row("DCC", RoleCounts.Window.PERIOD, 0, 1, 3, 1, 1, 4));
	}

	@Test
	void twelveMonthWindowCountsFromApril2017() {
		// April 2017 to March 2018 adds the four actions raised in January and February 2018, known from their
		// reports at 27 March (hire cars; findings, SRP review, drugs kits): raised 12 + 4 = 16. Nothing else was
		// closed or reported in the year, and what is open at 31 March does not depend on the window.
		RoleCounts.Row year = row(RoleCounts.ALL, RoleCounts.Window.TWELVE_MONTHS);
		assertThat(year).isEqualTo(new RoleCounts.Row("ALL", RoleCounts.Window.TWELVE_MONTHS, 16, 3, 22, 2, 4, 25));
	}

	private RoleCounts.Row row(String role, RoleCounts.Window window) {
		return rows.stream().filter(r -> r.role().equals(role) && r.window() == window).findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + role + " " + window + " in " + rows));
	}

}
