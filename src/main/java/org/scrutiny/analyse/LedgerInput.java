package org.scrutiny.analyse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Due;
import org.scrutiny.model.RoleRef;

/**
 * What the analytics read from the store: every meeting and every action, raised or brought forward.
 */
public final class LedgerInput {

	/** A stored meeting. */
	public record MeetingRef(String sourceFile, String body, LocalDate date) {
	}

	/**
	 * A stored action row, with the meeting it was read from.
	 *
	 * @param topic the agenda item it was raised under, "" for none ({@link org.scrutiny.model.Action#topic()})
	 * @param itemParagraph a paragraph that reports only on an action of the same item
	 *        ({@link org.scrutiny.model.Meeting#itemParagraphs()})
	 */
	public record ActionRow(String actionId, String sourceFile, int sourceLine, String body, LocalDate meetingDate,
			ActionKind kind, String text, List<RoleRef> owners, Due due, YearMonth raisedIn, ActionStatus status,
			String update, boolean restricted, String topic, boolean itemParagraph) {

		public ActionRow {
			owners = List.copyOf(owners);
			topic = topic == null ? "" : topic;
		}

		/** A row read under no named item. */
		public ActionRow(String actionId, String sourceFile, int sourceLine, String body, LocalDate meetingDate,
				ActionKind kind, String text, List<RoleRef> owners, Due due, YearMonth raisedIn, ActionStatus status,
				String update, boolean restricted) {
			this(actionId, sourceFile, sourceLine, body, meetingDate, kind, text, owners, due, raisedIn, status, update,
					restricted, "", false);
		}

		/** A row from unmarked notes. */
		public ActionRow(String actionId, String sourceFile, int sourceLine, String body, LocalDate meetingDate,
				ActionKind kind, String text, List<RoleRef> owners, Due due, YearMonth raisedIn, ActionStatus status,
				String update) {
			this(actionId, sourceFile, sourceLine, body, meetingDate, kind, text, owners, due, raisedIn, status, update, false);
		}

	}

	private LedgerInput() {
	}

}
