package org.scrutiny.parse.tables;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.scrutiny.model.ActionKind;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.actions.ActionDraft;
import org.scrutiny.parse.actions.ActionLedger;
import org.scrutiny.parse.actions.OwnerCells;
import org.scrutiny.parse.layout.ActionShape;
import org.scrutiny.parse.layout.BroughtForwardHeading;
import org.scrutiny.parse.updates.BroughtForwardSection;

/**
 * Reads the rows of an action log laid out as a table, from its header row to the first line that is no row of it.
 * A row is brought forward when the table dates it or reports on it, or when it sits under a brought-forward heading.
 */
public final class TableReader {

	private final ActionLedger ledger;

	private final OwnerCells ownerCells;

	private final BroughtForwardSection broughtForward;

	private final LocalDate meetingDate;

	private ActionTable table;

	private ActionDraft lastRow;

	public TableReader(ActionLedger ledger, OwnerCells ownerCells, BroughtForwardSection broughtForward, LocalDate meetingDate) {
		this.ledger = ledger;
		this.ownerCells = ownerCells;
		this.broughtForward = broughtForward;
		this.meetingDate = meetingDate;
	}

	/** True when the line is a table's header row: the table is open from the next line. */
	public boolean opens(NoteLine line) {
		Optional<ActionTable> header = ActionTable.header(line);
		header.ifPresent(h -> {
			table = h;
			lastRow = null;
		});
		return header.isPresent();
	}

	/** True when the line was a row (or a wrapped cell) of the open table; false when there is none or it ended. */
	public boolean accept(NoteLine line) {
		if (table == null) {
			return false;
		}
		Optional<String> wrapped = table.continuation(line);
		if (wrapped.isPresent() && lastRow != null) {
			lastRow.continueWith(wrapped.get());
			return true;
		}
		Optional<ActionTable.Row> row = table.row(line);
		if (row.isEmpty()) {
			table = null;
			lastRow = null;
			return false;
		}
		ActionDraft read = draft(row.get());
		lastRow = ledger.add(read);
		if (lastRow != read && lastRow.dueCell == null) {
			// the log repeats an action the minutes raised: it supplies what the minutes left out
			lastRow.dueCell = read.dueCell;
			lastRow.ownersFromColumn(read.columnOwners());
		}
		return true;
	}

	private ActionDraft draft(ActionTable.Row row) {
		String update = row.get(ActionTable.Column.UPDATE);
		Optional<YearMonth> raised = table.has(ActionTable.Column.RAISED)
				? BroughtForwardHeading.monthOfCell(row.get(ActionTable.Column.RAISED), meetingDate) : Optional.empty();
		// a row dated to this meeting's month was raised here, whatever the log's layout
		boolean earlier = raised.isPresent() && raised.get().isBefore(YearMonth.from(meetingDate));
		boolean reported = broughtForward.isOpen() || earlier || !update.isEmpty();
		YearMonth raisedIn = reported ? raised.orElse(broughtForward.origin()) : YearMonth.from(meetingDate);
		ActionDraft draft = new ActionDraft(row.sourceLine(), reported ? ActionKind.BROUGHT_FORWARD : ActionKind.RAISED,
				ActionShape.withoutMarker(row.get(ActionTable.Column.ACTION)), raisedIn);
		draft.update = update;
		draft.dueCell = table.has(ActionTable.Column.DUE) ? row.get(ActionTable.Column.DUE) : null;
		draft.statusCell = table.has(ActionTable.Column.STATUS) ? row.get(ActionTable.Column.STATUS) : null;
		String owner = row.get(ActionTable.Column.OWNER);
		if (!owner.isEmpty()) {
			ownerCells.apply(draft, owner, row.sourceLine());
		}
		return draft;
	}

}
