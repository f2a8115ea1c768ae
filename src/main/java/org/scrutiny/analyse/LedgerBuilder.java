package org.scrutiny.analyse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scrutiny.analyse.LedgerInput.ActionRow;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Due;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

/**
 * Links each brought-forward row to the action it reports on: same body, raised in the month the row names and before
 * the reporting meeting, the closest wording (with a little weight for shared owners). A row that links to nothing
 * starts an entry of its own, which later rows can link to in turn.
 * <p>
 * Rows are read in the order of their meetings, so a ledger built from a body's meetings can be carried on with its
 * later meetings ({@link #continuing}) and comes out as if built from all of them at once: a new month costs its own
 * rows, not the whole history again.
 */
public final class LedgerBuilder {

	/**
	 * The version of the rules below, part of each body's ledger fingerprint: change it with any change to how rows
	 * are linked, so that every stored ledger is built again by the new rules.
	 */
	public static final String RULES = "ledger-rules-9";

	/** Below this, a brought-forward row is not taken as a report on a candidate. */
	static final double MIN_STRENGTH = 0.3;

	/**
	 * A row that names no month ("Actions of the previous meeting" tables, "[closed]" marks) has only its wording to
	 * go by, against every earlier action of its body: it must match more closely than a row whose month narrows the
	 * candidates to a few.
	 */
	static final double MIN_STRENGTH_UNNAMED = 0.5;

	/**
	 * A row listed as raised that repeats, word for word or nearly, an action of its body still open from an earlier
	 * meeting (an "## Actions" list carrying last meeting's open items again with no mark) is that action brought
	 * forward, not a new one. Wording alone, no owner weight: a new action on a like task usually differs in a few words.
	 */
	static final double MIN_REPEAT = 0.8;

	/** Weight of sharing an owner, added to the wording's similarity. */
	private static final double SHARED_OWNER = 0.15;

	/**
	 * An entry built earlier, to carry on from.
	 *
	 * @param namedMonth the month named by the row that started it (null for a report that named none): the month its
	 * candidates are looked up by, which {@link LedgerEntry#raisedIn()} does not keep when it is null
	 * @param topic the agenda item of the row that started it, which a prose report may name
	 */
	public record Built(LedgerEntry entry, YearMonth namedMonth, String topic) {
	}

	/**
	 * What adding rows changed, for the store to write without rewriting the rest.
	 *
	 * @param added entries started by the rows, with their reports
	 * @param reported for entries built earlier, the reports the rows added, by ledger id
	 * @param restricted entries built earlier that a row from marked notes has now restricted
	 */
	public record Changes(List<LedgerEntry> added, Map<String, List<LedgerEntry.Report>> reported, List<String> restricted) {
	}

	private final Map<String, Draft> entries = new LinkedHashMap<>();

	// the only candidates for a row are the entries of its body raised in the month it names: indexed so, in the
	// order they were made (ties go to the first), rather than every entry compared with every row
	private final Map<Origin, List<Draft>> candidates = new HashMap<>();

	// a row naming no month looks among every entry of its body, in the order made: also those started by a report
	// that named none, so that an action carried unmarked from one meeting to the next keeps one history
	private final Map<String, List<Draft>> known = new HashMap<>();

	private LedgerBuilder() {
	}

	public static List<LedgerEntry> build(List<ActionRow> actions) {
		return new LedgerBuilder().add(actions).entries();
	}

	/** A builder that carries on from entries built earlier, given in the order they were made. */
	public static LedgerBuilder continuing(List<Built> built) {
		LedgerBuilder builder = new LedgerBuilder();
		built.forEach(b -> builder.put(Draft.built(b)));
		return builder;
	}

	/** Adds rows, which must all come from meetings after those of the rows read before. */
	public LedgerBuilder add(List<ActionRow> actions) {
		List<ActionRow> ordered = new ArrayList<>(actions);
		// a meeting's prose reports last, once its named reports have claimed their actions
		ordered.sort(Comparator.comparing(ActionRow::meetingDate).thenComparing(ActionRow::sourceFile)
			.thenComparing(LedgerBuilder::inProse).thenComparingInt(ActionRow::sourceLine));
		for (int i = 0; i < ordered.size(); i++) {
			ActionRow row = ordered.get(i);
			if (inProse(row)) {
				int end = i;
				while (end < ordered.size() && inProse(ordered.get(end)) && ordered.get(end).sourceFile().equals(row.sourceFile())) {
					end++;
				}
				linkProse(ordered.subList(i, end));
				i = end - 1;
				continue;
			}
			if (row.kind() == ActionKind.RAISED) {
				Optional<Link> repeated = repeatOf(row);
				if (repeated.isPresent()) {
					attach(row, repeated.get());
				}
				else {
					put(Draft.raised(row));
				}
				continue;
			}
			Optional<Link> link = row.raisedIn() == null
					? bestLink(row, known.getOrDefault(row.body(), List.of()), MIN_STRENGTH_UNNAMED, true)
					: bestLink(row, candidates.getOrDefault(new Origin(row.body(), row.raisedIn()), List.of()), MIN_STRENGTH,
							true);
			if (link.isPresent()) {
				attach(row, link.get());
			}
			else {
				Draft started = Draft.fromReport(row);
				started.reports.add(report(row, 1.0));
				put(started);
			}
		}
		return this;
	}

	/** A report written as prose: brought forward, with no wording of the action, only the update. */
	static boolean inProse(ActionRow row) {
		return row.kind() == ActionKind.BROUGHT_FORWARD && row.text().isBlank();
	}

	/**
	 * Links one meeting's prose reports to the open actions of its body they hold the words of ({@link ProseLink}), the
	 * surest first, each action once. A report that holds none is no report on any action the ledger knows: it starts
	 * no entry.
	 */
	private void linkProse(List<ActionRow> reports) {
		ActionRow first = reports.get(0);
		List<Draft> open = known.getOrDefault(first.body(), List.of()).stream()
			.filter(Draft::open)
			.filter(d -> d.firstSeen.isBefore(first.meetingDate())
					&& d.reports.stream().noneMatch(r -> r.meetingDate().equals(first.meetingDate())))
			.toList();
		ProseLink.Candidates candidates = ProseLink.among(open.stream().map(d -> d.proseTarget).toList());
		LocalDate previous = meetingBefore(first.body(), first.meetingDate());
		record Candidate(ActionRow report, Draft action, double score) {
		}
		List<Candidate> found = new ArrayList<>();
		for (ActionRow report : reports) {
			Set<String> said = TextSimilarity.contentStems(report.update());
			for (Draft action : open) {
				// a paragraph of an agenda item reports only on an action raised under the same item, and last heard of at
				// the meeting before: later, the item's discussion is the matter's, no longer the action's
				Optional<Double> score = !report.itemParagraph() ? candidates.score(report.update(), said, action.proseTarget)
						: action.proseTarget.raisedUnder(report.topic()) && action.lastSeen().equals(previous)
								? candidates.scoreUnderSameItem(report.update(), said, action.proseTarget) : Optional.empty();
				score.ifPresent(s -> found.add(new Candidate(report, action, s)));
			}
		}
		found.sort(Comparator.comparingDouble(Candidate::score).reversed());
		// a report two actions fit about as well is left unlinked: a wrong history is worse than none
		Map<ActionRow, Double> best = new HashMap<>();
		Set<ActionRow> torn = new HashSet<>();
		for (Candidate c : found) {
			Double top = best.putIfAbsent(c.report(), c.score());
			if (top != null && top - c.score() < ProseLink.MARGIN) {
				torn.add(c.report());
			}
		}
		found.removeIf(c -> torn.contains(c.report()));
		Set<ActionRow> linked = new HashSet<>();
		Set<Draft> reported = new HashSet<>();
		for (Candidate c : found) {
			if (!linked.contains(c.report()) && !reported.contains(c.action())) {
				linked.add(c.report());
				reported.add(c.action());
				attach(c.report(), new Link(c.action(), Math.min(1.0, c.score())));
			}
		}
	}

	/** The latest meeting before the date at which the ledger saw an action of the body, or null. */
	private LocalDate meetingBefore(String body, LocalDate date) {
		LocalDate latest = null;
		for (Draft d : known.getOrDefault(body, List.of())) {
			for (LocalDate seen : d.seen()) {
				if (seen.isBefore(date) && (latest == null || seen.isAfter(latest))) {
					latest = seen;
				}
			}
		}
		return latest;
	}

	/** Every entry, in the order made. */
	public List<LedgerEntry> entries() {
		return entries.values().stream().map(Draft::entry).toList();
	}

	/** What the rows added since {@link #continuing} changed. */
	public Changes changes() {
		List<LedgerEntry> added = new ArrayList<>();
		Map<String, List<LedgerEntry.Report>> reported = new LinkedHashMap<>();
		List<String> restricted = new ArrayList<>();
		for (Draft d : entries.values()) {
			if (d.builtReports < 0) {
				added.add(d.entry());
				continue;
			}
			if (d.reports.size() > d.builtReports) {
				reported.put(d.id, List.copyOf(d.reports.subList(d.builtReports, d.reports.size())));
			}
			if (d.restricted && !d.builtRestricted) {
				restricted.add(d.id);
			}
		}
		return new Changes(added, reported, restricted);
	}

	private record Link(Draft draft, double strength) {
	}

	/** A body and a month: where a brought-forward row looks for the action it reports on. */
	private record Origin(String body, YearMonth raisedIn) {
	}

	private void put(Draft draft) {
		entries.put(draft.id, draft);
		if (draft.raisedIn != null) {
			candidates.computeIfAbsent(new Origin(draft.body, draft.raisedIn), k -> new ArrayList<>()).add(draft);
		}
		known.computeIfAbsent(draft.body, k -> new ArrayList<>()).add(draft);
	}

	private static void attach(ActionRow row, Link link) {
		link.draft().reports.add(report(row, link.strength()));
		link.draft().restricted |= row.restricted();
	}

	/** The open earlier action of the row's body that a row listed as raised repeats, if any. */
	private Optional<Link> repeatOf(ActionRow row) {
		// a repeat keeps its owner: "The DCC to provide an update on the hire cars action plan ..." and "The CC to confirm
		// the timetable for the hire cars action plan ..." read alike, but are two actions
		List<Draft> open = known.getOrDefault(row.body(), List.of()).stream()
			.filter(Draft::open)
			.filter(d -> row.owners().isEmpty() || d.owners.isEmpty() || sharesOwner(row.owners(), d.owners))
			.toList();
		return bestLink(row, open, MIN_REPEAT, false);
	}

	/**
	 * The candidate the row reports on: of its body, seen before its meeting, not yet reported on at that meeting, the
	 * closest wording at or above the floor (ties go to the first made).
	 */
	private static Optional<Link> bestLink(ActionRow row, Iterable<Draft> drafts, double floor, boolean ownerWeight) {
		Link best = null;
		Set<String> rowStems = null;
		for (Draft d : drafts) {
			boolean candidate = d.body.equals(row.body()) && d.firstSeen.isBefore(row.meetingDate())
					&& d.reports.stream().noneMatch(r -> r.meetingDate().equals(row.meetingDate()));
			if (!candidate) {
				continue;
			}
			if (rowStems == null) {
				rowStems = TextSimilarity.contentStems(row.text());
			}
			double owner = ownerWeight && sharesOwner(row.owners(), d.owners) ? SHARED_OWNER : 0;
			double strength = Math.min(1.0, TextSimilarity.of(rowStems, d.stems()) + owner);
			if (strength >= floor && (best == null || strength > best.strength())) {
				best = new Link(d, strength);
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * True when the two rows name the same owner: the same police role, or for another body the same title or person
	 * ("Clerk", "Paul Fell"), since all of theirs are OTHER and would otherwise always share one.
	 */
	static boolean sharesOwner(List<RoleRef> a, List<RoleRef> b) {
		return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.role() == y.role()
				&& (x.role() != Role.OTHER || sameOther(x, y))));
	}

	/** One person under either title ("Nooriyah Poonawala-Lohani", Chair one month and not the next), else one title. */
	private static boolean sameOther(RoleRef x, RoleRef y) {
		boolean people = !x.person().isEmpty() && !y.person().isEmpty();
		return people ? x.person().equalsIgnoreCase(y.person()) : x.code().equalsIgnoreCase(y.code());
	}

	private static LedgerEntry.Report report(ActionRow row, double strength) {
		// a row listed as raised has no update of its own
		String update = row.update() == null ? "" : row.update();
		return new LedgerEntry.Report(row.actionId(), row.meetingDate(), row.sourceFile(), row.status(), update,
				Math.round(strength * 100) / 100.0);
	}

	/** An entry while the rows are read. */
	private static final class Draft {

		final String id;

		final String body;

		/** The month the starting row named; null for a report that named none. */
		final YearMonth raisedIn;

		final LocalDate raisedOn;

		final LocalDate firstSeen;

		final String originActionId;

		final String text;

		final List<RoleRef> owners;

		final Due due;

		/** What a prose report on it would name: its wording, its agenda item, its owners. */
		final ProseLink.Target proseTarget;

		final List<LedgerEntry.Report> reports = new ArrayList<>();

		boolean restricted;

		/** For an entry built earlier, its reports and restriction then; -1 reports for an entry the rows started. */
		int builtReports = -1;

		boolean builtRestricted;

		private Set<String> stems;

		private Draft(String id, String body, YearMonth raisedIn, LocalDate raisedOn, LocalDate firstSeen,
				String originActionId, String text, List<RoleRef> owners, Due due, boolean restricted, String topic) {
			this.id = id;
			this.body = body;
			this.raisedIn = raisedIn;
			this.raisedOn = raisedOn;
			this.firstSeen = firstSeen;
			this.originActionId = originActionId;
			this.text = text;
			this.owners = owners;
			this.due = due;
			this.restricted = restricted;
			this.proseTarget = new ProseLink.Target(text, topic, owners);
		}

		/** The content stems of its wording, worked out when first compared. */
		Set<String> stems() {
			if (stems == null) {
				stems = TextSimilarity.contentStems(text);
			}
			return stems;
		}

		static Draft raised(ActionRow row) {
			return new Draft(row.actionId(), row.body(), row.raisedIn(), row.meetingDate(), row.meetingDate(),
					row.actionId(), row.text(), row.owners(), row.due(), row.restricted(), row.topic());
		}

		static Draft fromReport(ActionRow row) {
			return new Draft(row.actionId(), row.body(), row.raisedIn(), null, row.meetingDate(), null, row.text(),
					row.owners(), row.due(), row.restricted(), row.topic());
		}

		static Draft built(Built built) {
			LedgerEntry e = built.entry();
			Draft draft = new Draft(e.ledgerId(), e.body(), built.namedMonth(), e.raisedOn(), e.firstKnown(),
					e.originActionId(), e.text(), e.owners(), e.due(), e.restricted(), built.topic());
			draft.reports.addAll(e.reports());
			draft.builtReports = e.reports().size();
			draft.builtRestricted = e.restricted();
			return draft;
		}

		/** Not closed by any report so far. */
		/** The meetings it was seen at: the first, then each that reported on it. */
		List<LocalDate> seen() {
			List<LocalDate> seen = new ArrayList<>(reports.size() + 1);
			seen.add(firstSeen);
			reports.forEach(r -> seen.add(r.meetingDate()));
			return seen;
		}

		/** The last meeting it was seen at. */
		LocalDate lastSeen() {
			return seen().stream().max(Comparator.naturalOrder()).orElseThrow();
		}

		boolean open() {
			return reports.stream().noneMatch(r -> r.status() == ActionStatus.CLOSED);
		}

		LedgerEntry entry() {
			YearMonth month = raisedIn != null ? raisedIn : YearMonth.from(firstSeen);
			return new LedgerEntry(id, body, month, raisedOn, originActionId, text, owners, due, reports, restricted);
		}

	}

}
