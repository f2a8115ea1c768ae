package org.scrutiny.model;

import java.time.YearMonth;
import java.util.List;

/**
 * An action raised at a meeting, or an earlier action brought forward and reported on.
 *
 * @param sourceLine the line of the source file the action text starts on (1-based)
 * @param kind raised here or brought forward
 * @param text the action as the notes word it; empty for an update written as a paragraph that names no action (under
 *        "Matters arising"), which the ledger links by its words to the action it reports on
 * @param owners the roles responsible, in the order given
 * @param due when it is due, or null
 * @param raisedIn the month of the meeting that raised it
 * @param status open or closed; a raised action is open
 * @param update the update given (brought forward only), or empty
 * @param restricted read from a protectively-marked passage: never published
 * @param topic the agenda item it was raised or reported under ("Road Markings"), "" where no heading names one: what a
 *        later report in prose may name instead of the action
 * @param sourcePage the printed page of the source its text starts on (1-based; a PDF's page, a text dump's form feeds)
 */
public record Action(int sourceLine, ActionKind kind, String text, List<RoleRef> owners, Due due, YearMonth raisedIn,
		ActionStatus status, String update, boolean restricted, String topic, int sourcePage) {

	public Action {
		owners = List.copyOf(owners);
		update = update == null ? "" : update;
		topic = topic == null ? "" : topic;
	}

	/** An action read under no named item, on the first page. */
	public Action(int sourceLine, ActionKind kind, String text, List<RoleRef> owners, Due due, YearMonth raisedIn,
			ActionStatus status, String update, boolean restricted) {
		this(sourceLine, kind, text, owners, due, raisedIn, status, update, restricted, "", 1);
	}

	/** An action from unmarked notes. */
	public Action(int sourceLine, ActionKind kind, String text, List<RoleRef> owners, Due due, YearMonth raisedIn,
			ActionStatus status, String update) {
		this(sourceLine, kind, text, owners, due, raisedIn, status, update, false);
	}

}
