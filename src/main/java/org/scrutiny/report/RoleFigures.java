package org.scrutiny.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scrutiny.analyse.RoleCounts;
import org.scrutiny.report.ReportContent.Section;
import org.scrutiny.report.ReportQueries.LedgerRow;
import org.scrutiny.report.ReportQueries.OwnersTally;
import org.scrutiny.report.ReportQueries.RoleCount;

/**
 * The period's figures: raised, closed, open and overdue, in all and per owning role, with the chart's alternative
 * text. The board pack takes them as analyseStep stored them ({@code role_count}); the public report counts them again
 * from the ledger entries it may show (the database counts, per owners cell), so that nothing marked is counted.
 */
final class RoleFigures {

	/** The role_count row counting every action once. */
	static final String ALL = "ALL";

	static final String UNASSIGNED = "UNASSIGNED";

	private static final Pattern OWNER_SEPARATOR = Pattern.compile(";");

	private RoleFigures() {
	}

	/** As stored by analyseStep; the ALL row first. */
	static List<RoleCount> stored(List<RoleCount> rows) {
		List<RoleCount> ordered = new ArrayList<>(rows.stream().filter(r -> ALL.equals(r.role())).toList());
		ordered.addAll(rows.stream().filter(r -> !ALL.equals(r.role())).toList());
		return ordered;
	}

	/**
	 * Counted from the visible ledger entries, as the database tallied them per owners cell: the ALL row, then one per
	 * owner code in the order of {@link RoleCounts#ROLE_ORDER}, as every other output has them.
	 */
	static List<RoleCount> counted(List<OwnersTally> tallies) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		counts.put(ALL, new int[4]);
		for (OwnersTally t : tallies) {
			int[] theirs = { t.raised(), t.closed(), t.open(), t.overdue() };
			add(counts.get(ALL), theirs);
			List<String> owners = t.owners() == null || t.owners().isBlank() ? List.of(UNASSIGNED)
					: OWNER_SEPARATOR.splitAsStream(t.owners()).distinct().toList();
			for (String owner : owners) {
				add(counts.computeIfAbsent(owner, o -> new int[4]), theirs);
			}
		}
		// the ALL row first, then the roles in the order the board pack and role-counts.csv give them
		return counts.entrySet().stream()
			.filter(c -> c.getValue()[0] + c.getValue()[1] + c.getValue()[2] > 0 || ALL.equals(c.getKey()))
			.sorted(Comparator.comparing((Map.Entry<String, int[]> c) -> !ALL.equals(c.getKey()))
				.thenComparing(Map.Entry::getKey, RoleCounts.ROLE_ORDER))
			.map(c -> new RoleCount(c.getKey(), c.getValue()[0], c.getValue()[1], c.getValue()[2], c.getValue()[3]))
			.toList();
	}

	static RoleCount all(List<RoleCount> rows) {
		return rows.stream().filter(r -> ALL.equals(r.role())).findFirst().orElse(new RoleCount(ALL, 0, 0, 0, 0));
	}

	/** The per-role table and chart, without the ALL row; role names as the audience sees them. */
	static Section section(List<RoleCount> rows, PeopleNames names, String intro) {
		List<Rows.RoleCount> table = rows.stream().filter(r -> !ALL.equals(r.role()))
			.map(r -> new Rows.RoleCount(UNASSIGNED.equals(r.role()) ? "Owner not known" : names.owners(r.role()),
					r.raised(), r.closed(), r.open(), r.overdue()))
			.toList();
		String alt = table.isEmpty() ? "Bar chart of actions by role: there are no actions."
				: "Bar chart of actions by role, in the period: "
						+ table.stream().map(r -> "%s %d raised, %d closed, %d open, %d overdue".formatted(r.role(),
								r.raised(), r.closed(), r.open(), r.overdue())).collect(Collectors.joining("; "))
						+ ". The table above gives the same figures.";
		return new Section("RoleCountsSubreport", table, Map.of("ChartAlt", alt), intro);
	}

	/** Raised, closed, open, overdue and the oldest open action, each with what it counts. */
	static Section keyFigures(RoleCount all, Optional<LedgerRow> oldest, PeopleNames names, YearMonth period,
			String intro) {
		String month = period.format(PeriodSections.LONG_MONTH);
		String end = period.atEndOfMonth().format(PeriodSections.DAY);
		List<Rows.Figure> rows = new ArrayList<>();
		rows.add(new Rows.Figure("Actions raised", PeriodSections.number(all.raised()), "agreed at meetings in " + month));
		rows.add(new Rows.Figure("Actions closed", PeriodSections.number(all.closed()), "reported done in " + month));
		rows.add(new Rows.Figure("Actions open", PeriodSections.number(all.open()), "not yet done at " + end
				+ ", from every meeting so far"));
		rows.add(new Rows.Figure("Actions overdue", PeriodSections.number(all.overdue()), "open and past their due date at "
				+ end));
		rows.add(oldest.map(e -> new Rows.Figure("Oldest open action", PeriodSections.days(e.ageDays()),
				names.owners(e.owners()) + ": " + names.text(e.text()) + " (raised " + e.raisedIn()
					.format(PeriodSections.MONTH) + ")"))
			.orElse(new Rows.Figure("Oldest open action", "None", "no action is open")));
		return new Section("KeyFiguresSubreport", rows, intro);
	}

	private static void add(int[] total, int[] one) {
		for (int i = 0; i < total.length; i++) {
			total[i] += one[i];
		}
	}

}
