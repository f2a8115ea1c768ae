package org.scrutiny.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutiny.analyse.LedgerInput.ActionRow;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.RoleRef;

/**
 * Links each brought-forward row to the action it reports on: same body, raised in the month the row names and before
 * the reporting meeting, the closest wording (with a little weight for shared owners). A row that links to nothing
 * starts an entry of its own, which later rows can link to in turn.
 */
public final class LedgerBuilder {

	/** Below this, a brought-forward row is not taken as a report on a candidate. */
	static final double MIN_STRENGTH = 0.3;

	/** Weight of sharing an owner, added to the wording's similarity. */
	private static final double SHARED_OWNER = 0.15;

	private LedgerBuilder() {
	}

	public static List<LedgerEntry> build(List<ActionRow> actions) {
		List<ActionRow> ordered = new ArrayList<>(actions);
		ordered.sort(Comparator.comparing(ActionRow::meetingDate).thenComparing(ActionRow::sourceFile)
			.thenComparingInt(ActionRow::sourceLine));
		Map<String, Draft> entries = new LinkedHashMap<>();
		// the only candidates for a row are the entries of its body raised in the month it names: indexed so, in the
		// order they were made (ties go to the first), rather than every entry compared with every row
		Map<Origin, List<Draft>> candidates = new HashMap<>();
		for (ActionRow row : ordered) {
			if (row.kind() == ActionKind.RAISED) {
				add(entries, candidates, Draft.raised(row));
				continue;
			}
			Optional<Link> link = row.raisedIn() == null ? Optional.empty()
					: bestLink(row, candidates.getOrDefault(new Origin(row.body(), row.raisedIn()), List.of()));
			if (link.isPresent()) {
				link.get().draft().reports.add(report(row, link.get().strength()));
				link.get().draft().restricted |= row.restricted();
			}
			else {
				Draft started = Draft.fromReport(row);
				started.reports.add(report(row, 1.0));
				add(entries, candidates, started);
			}
		}
		return entries.values().stream().map(Draft::entry).toList();
	}

	private record Link(Draft draft, double strength) {
	}

	/** A body and a month: where a brought-forward row looks for the action it reports on. */
	private record Origin(String body, java.time.YearMonth raisedIn) {
	}

	private static void add(Map<String, Draft> entries, Map<Origin, List<Draft>> candidates, Draft draft) {
		entries.put(draft.id, draft);
		if (draft.raisedIn != null) {
			candidates.computeIfAbsent(new Origin(draft.body, draft.raisedIn), k -> new ArrayList<>()).add(draft);
		}
	}

	private static Optional<Link> bestLink(ActionRow row, Iterable<Draft> drafts) {
		Link best = null;
		java.util.Set<String> rowStems = null;
		for (Draft d : drafts) {
			boolean candidate = d.body.equals(row.body()) && row.raisedIn() != null && row.raisedIn().equals(d.raisedIn)
					&& d.firstSeen.isBefore(row.meetingDate())
					&& d.reports.stream().noneMatch(r -> r.meetingDate().equals(row.meetingDate()));
			if (!candidate) {
				continue;
			}
			if (rowStems == null) {
				rowStems = TextSimilarity.contentStems(row.text());
			}
			double strength = Math.min(1.0, TextSimilarity.of(rowStems, d.stems()) + (sharesOwner(row.owners(), d.owners) ? SHARED_OWNER : 0));
			if (strength >= MIN_STRENGTH && (best == null || strength > best.strength())) {
				best = new Link(d, strength);
			}
		}
		return Optional.ofNullable(best);
	}

	private static boolean sharesOwner(List<RoleRef> a, List<RoleRef> b) {
		return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.role() == y.role()));
	}

	private static LedgerEntry.Report report(ActionRow row, double strength) {
		return new LedgerEntry.Report(row.actionId(), row.meetingDate(), row.sourceFile(), row.status(), row.update(),
				Math.round(strength * 100) / 100.0);
	}

	/** An entry while the rows are read. */
	private static final class Draft {

		final String id;

		final String body;

		final java.time.YearMonth raisedIn;

		final java.time.LocalDate raisedOn;

		final java.time.LocalDate firstSeen;

		final String originActionId;

		final String text;

		final List<RoleRef> owners;

		final org.scrutiny.model.Due due;

		final List<LedgerEntry.Report> reports = new ArrayList<>();

		boolean restricted;

		private java.util.Set<String> stems;

		private Draft(ActionRow row, java.time.LocalDate raisedOn, String originActionId) {
			this.id = row.actionId();
			this.body = row.body();
			this.raisedIn = row.raisedIn();
			this.raisedOn = raisedOn;
			this.firstSeen = row.meetingDate();
			this.originActionId = originActionId;
			this.text = row.text();
			this.owners = row.owners();
			this.due = row.due();
			this.restricted = row.restricted();
		}

		/** The content stems of its wording, worked out when first compared. */
		java.util.Set<String> stems() {
			if (stems == null) {
				stems = TextSimilarity.contentStems(text);
			}
			return stems;
		}

		static Draft raised(ActionRow row) {
			return new Draft(row, row.meetingDate(), row.actionId());
		}

		static Draft fromReport(ActionRow row) {
			return new Draft(row, null, null);
		}

		LedgerEntry entry() {
			java.time.YearMonth month = raisedIn != null ? raisedIn : java.time.YearMonth.from(firstSeen);
			return new LedgerEntry(id, body, month, raisedOn, originActionId, text, owners, due, reports, restricted);
		}

	}

}
