package org.scrutiny.analyse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

/**
 * Who is asked to do what: per role, the actions raised, closed, open, overdue and carried forward, for the report
 * month and for the twelve months to its end. An action with two owners counts for each; acting holders count to
 * their substantive role and again in a row of their own ("T/DCC"); the row "ALL" counts each action once.
 */
public final class RoleCounts {

	public enum Window {

		/** The report month. */
		PERIOD,
		/** The twelve months ending with the report month. */
		TWELVE_MONTHS;

		public String csv() {
			return this == PERIOD ? "period" : "12m";
		}

	}

	/** One row of role-counts.csv. distinctTotal: distinct actions this row counts in any column. */
	public record Row(String role, Window window, int raised, int closed, int open, int overdue, int carried,
			int distinctTotal) {
	}

	/** The row that counts every action once. */
	public static final String ALL = "ALL";

	private RoleCounts() {
	}

	public static List<Row> of(YearMonth period, List<LedgerEntry> ledger) {
		List<Row> rows = new ArrayList<>();
		for (Window window : Window.values()) {
			LocalDate start = (window == Window.PERIOD ? period : period.minusMonths(11)).atDay(1);
			LocalDate end = period.atEndOfMonth();
			Map<String, Tally> byRole = new TreeMap<>(ROLE_ORDER);
			Tally all = new Tally();
			for (LedgerEntry e : ledger) {
				Set<String> keys = new LinkedHashSet<>();
				for (RoleRef owner : e.owners()) {
					keys.add(key(owner));
					if (owner.temporary()) {
						keys.add("T/" + owner.role().name());
					}
				}
				if (e.owners().isEmpty()) {
					keys.add("UNASSIGNED");
				}
				for (String key : keys) {
					byRole.computeIfAbsent(key, k -> new Tally()).count(e, start, end);
				}
				all.count(e, start, end);
			}
			byRole.forEach((role, tally) -> {
				if (tally.touches()) {
					rows.add(tally.row(role, window));
				}
			});
			rows.add(all.row(ALL, window));
		}
		return rows;
	}

	/**
	 * The row an owner counts in: a canonical role's code; for another body's owner, the title as written ("Clerk",
	 * "Chair"), else the person ("Paul Fell"), so that a parish council's actions are not all counted as OTHER.
	 */
	static String key(RoleRef owner) {
		return owner.role() != Role.OTHER ? owner.role().name() : owner.code();
	}

	/**
	 * The order rows of roles are shown in, in every output: canonical roles in their enum order (rank), each followed
	 * by its acting row, then others by name.
	 */
	public static final Comparator<String> ROLE_ORDER = RoleCounts::byRoleOrder;

	/** Canonical roles in their enum order, then acting rows, then others by name. */
	private static int byRoleOrder(String a, String b) {
		return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
	}

	private static int rank(String key) {
		boolean acting = key.startsWith("T/");
		String code = acting ? key.substring(2) : key;
		for (Role role : Role.values()) {
			if (role.name().equals(code)) {
				return role.ordinal() * 2 + (acting ? 1 : 0);
			}
		}
		return Role.values().length * 2;
	}

	private static final class Tally {

		final Set<String> raised = new HashSet<>();

		final Set<String> closed = new HashSet<>();

		final Set<String> open = new HashSet<>();

		final Set<String> overdue = new HashSet<>();

		final Set<String> carried = new HashSet<>();

		void count(LedgerEntry e, LocalDate start, LocalDate end) {
			LocalDate raisedDay = e.raisedDay();
			if (e.firstKnown().isAfter(end)) {
				return;
			}
			if (!raisedDay.isBefore(start)) {
				raised.add(e.ledgerId());
			}
			e.closing().map(LedgerEntry.Report::meetingDate).filter(d -> !d.isBefore(start) && !d.isAfter(end))
				.ifPresent(d -> closed.add(e.ledgerId()));
			if (!e.isClosedBy(end)) {
				open.add(e.ledgerId());
				if (e.due() != null && e.due().deadline().isBefore(end)) {
					overdue.add(e.ledgerId());
				}
			}
			if (e.reports().stream().anyMatch(r -> !r.meetingDate().isBefore(start) && !r.meetingDate().isAfter(end))) {
				carried.add(e.ledgerId());
			}
		}

		boolean touches() {
			return !raised.isEmpty() || !closed.isEmpty() || !open.isEmpty() || !carried.isEmpty();
		}

		Row row(String role, Window window) {
			Set<String> distinct = new HashSet<>(raised);
			distinct.addAll(closed);
			distinct.addAll(open);
			distinct.addAll(carried);
			return new Row(role, window, raised.size(), closed.size(), open.size(), overdue.size(), carried.size(),
					distinct.size());
		}

	}

}
