package org.scrutiny.job;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.scrutiny.analyse.LedgerBuilder;
import org.scrutiny.store.LedgerBodies;
import org.scrutiny.store.LedgerEntries;
import org.scrutiny.store.LedgerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings each body's stored ledger up to date with its stored meetings, doing only the work that changed: a body with
 * only later meetings added is carried on with their rows; a body with a file revised, removed or arriving out of
 * order is built again; the others are left alone.
 */
final class LedgerRefresh {

	private static final Logger log = LoggerFactory.getLogger(LedgerRefresh.class);

	private final LedgerBodies bodies;

	private final LedgerEntries entries;

	private final LedgerStore store;

	LedgerRefresh(LedgerBodies bodies, LedgerEntries entries, LedgerStore store) {
		this.bodies = bodies;
		this.entries = entries;
		this.store = store;
	}

	/**
	 * The stored ledgers of the bodies to carry on: one body's alone, or every body's in one pass where more are (the
	 * monthly run carries on every body that met).
	 */
	private Map<String, List<LedgerBuilder.Built>> storedLedgers(LedgerBodies.Plan plan) {
		List<String> carried = plan.stale().stream().filter(b -> b.after() != null).map(LedgerBodies.Stale::body).toList();
		if (carried.size() <= 1) {
			return carried.stream().collect(Collectors.toMap(b -> b, entries::of));
		}
		return entries.byBody();
	}

	void run() {
		LedgerBodies.Plan plan = bodies.plan(LedgerBuilder.RULES);
		for (String body : plan.removed()) {
			entries.delete(body);
			bodies.removed(body);
		}
		int carriedOn = 0;
		Map<String, List<LedgerBuilder.Built>> stored = storedLedgers(plan);
		for (LedgerBodies.Stale body : plan.stale()) {
			if (body.after() != null) {
				LedgerBuilder builder = LedgerBuilder.continuing(stored.getOrDefault(body.body(), List.of()))
					.add(store.actions(body.body(), body.names(), body.after().meetingDate()));
				entries.apply(builder.changes());
				carriedOn++;
			}
			else {
				entries.replace(body.body(), LedgerBuilder.build(store.actions(body.body(), body.names(), null)));
			}
			bodies.built(body);
		}
		if (!plan.stale().isEmpty() || !plan.removed().isEmpty()) {
			log.info("Ledger: {} bodies carried on with later meetings, {} built again, {} unchanged, {} removed",
					carriedOn, plan.stale().size() - carriedOn, plan.unchanged(), plan.removed().size());
		}
	}

}
