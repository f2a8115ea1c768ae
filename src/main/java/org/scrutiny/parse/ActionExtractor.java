package org.scrutiny.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.model.ActionKind;
import org.scrutiny.model.Reject;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.normalise.OwnerCellShape;

/**
 * Walks the agenda of one meeting and collects its actions: those raised under "Actions arising" headings or on
 * "Action:" lines, and those brought forward under a heading that names the meeting that raised them.
 * <p>
 * One pass, line by line. The order of the checks is the order of precedence: an owner column first (it carries no
 * text of its own), then the headings that open something (brought-forward, actions arising), then the block or
 * brought-forward item in progress, and last the repeats of actions already read, which a later owner cell may own.
 */
final class ActionExtractor {

	// matches: Agenda item 1.1: Hire cars:   Agenda item 2.1d Road traffic collisions   Item 4: Custody
	private static final Pattern AGENDA_ITEM = Pattern.compile("(?i)^(?:agenda\\s+)?item\\s+(\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)\\s*:?\\s*(.*)$");

	// matches: Update:   Update - ongoing   Progress: report submitted   Response:
	private static final Pattern UPDATE = Pattern.compile("(?i)^(?:update|progress|response|status)\\s*(?::|\\s[-\u2013]\\s|$)\\s*(.*)$");

	// matches: There were no outstanding matters.   None   No items brought forward
	// matches: Complete.   Ongoing; data quality issues...   Discharged   In progress   (an update with no "Update:" label)
	private static final Pattern STATUS_WORD = Pattern.compile("(?i)^(?:complete[d]?|closed|discharged|done|on-?\\s?going|in\\s+progress|"
			+ "open|not\\s+yet|awaiting|outstanding|achieved|superseded)\\b");

	private static final Pattern NOTHING_OUTSTANDING = Pattern.compile("(?i)^(?:there\\s+(?:were|are)\\s+)?(?:no\\s+(?:outstanding|"
			+ "items|actions|matters)\\b.*|none\\.?|nil\\.?)$");

	private final LocalDate meetingDate;

	private final OwnerColumnResolver owners;

	private final String sourceFile;

	private final ActionLedger ledger = new ActionLedger();

	private final List<ActionBlock> blocks = new ArrayList<>();

	private final List<BroughtForwardItem> broughtForward = new ArrayList<>();

	private final List<Reject> rejects = new ArrayList<>();

	private final AgendaNumbers agendaNumbers = new AgendaNumbers();

	private ActionBlock block;

	private ActionTable table;

	private ActionDraft lastRow;

	private ActionBlock echo;

	/** Inside a brought-forward section; its origin month may be unknown ("the previous meeting"). */
	private boolean carried;

	private YearMonth origin;

	/** The raised action read last, which "Owner:" and "Due:" lines below it describe. */
	private ActionDraft lastRaised;

	private BroughtForwardItem item;

	/** Lines read since the last block closed: a loose owner column belongs to a block only right after it. */
	private int linesSinceBlock;

	ActionExtractor(String sourceFile, LocalDate meetingDate, OwnerColumnResolver owners) {
		this.sourceFile = sourceFile;
		this.meetingDate = meetingDate;
		this.owners = owners;
	}

	void read(List<NoteLine> agenda) {
		for (NoteLine line : agenda) {
			accept(line);
		}
		closeBlock();
		closeItem();
		for (ActionBlock b : blocks) {
			for (String unknown : b.resolveOwners(owners)) {
				rejects.add(new Reject(sourceFile, b.ownerLine(), "owner '" + unknown + "' in '" + b.ownerColumn()
						+ "' is neither a role nor a person in the attendance list"));
			}
		}
	}

	List<ActionDraft> drafts() {
		return ledger.drafts();
	}

	List<Reject> rejects() {
		return List.copyOf(rejects);
	}

	private void accept(NoteLine line) {
		if (line.isBlank()) {
			return;
		}
		if (table != null && inTable(line)) {
			return;
		}
		Optional<ActionTable> header = ActionTable.header(line);
		if (header.isPresent()) {
			closeBlock();
			table = header.get();
			return;
		}
		String ownerCell = OwnerCellShape.trailingCell(line.cells());
		String text = ownerCell == null ? line.text() : textWithout(line);
		if (text.isEmpty() || owners.isOwnerColumn(text) && ownerCell == null) {
			ownerColumn(ownerCell != null ? ownerCell : text, line);
			return;
		}
		linesSinceBlock++;
		agendaNumbers.saw(line);
		if (openingHeading(text, line, ownerCell)) {
			return;
		}
		if (!carried && attributeLine(text, line)) {
			return;
		}
		if (block != null && inBlock(text, line, ownerCell)) {
			return;
		}
		if (carried && inBroughtForward(text, line, ownerCell)) {
			return;
		}
		ledger.repeatOf(ActionKind.RAISED, text).ifPresent(repeat -> {
			if (echo == null || !echo.rows.contains(line.sourceLine())) {
				echo = new ActionBlock(false);
				blocks.add(echo);
			}
			echo.add(repeat, line.sourceLine(), "");
		});
		if (ownerCell != null && echo != null && echo.rows.contains(line.sourceLine())) {
			echo.addOwners(ownerCell, line.sourceLine());
		}
	}

	/** A line while an action table is open; false when the line ended the table. */
	private boolean inTable(NoteLine line) {
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
		lastRow = ledger.add(draft(row.get()));
		return true;
	}

	/** A table row as an action: brought forward when the table dates it or reports on it, or sits under such a heading. */
	private ActionDraft draft(ActionTable.Row row) {
		String update = row.get(ActionTable.Column.UPDATE);
		Optional<YearMonth> raised = table.has(ActionTable.Column.RAISED)
				? BroughtForwardHeading.monthOfCell(row.get(ActionTable.Column.RAISED), meetingDate) : Optional.empty();
		boolean reported = carried || raised.isPresent() || !update.isEmpty();
		YearMonth raisedIn = reported ? raised.orElse(origin) : YearMonth.from(meetingDate);
		ActionDraft draft = new ActionDraft(row.sourceLine(), reported ? ActionKind.BROUGHT_FORWARD : ActionKind.RAISED,
				ActionShape.withoutMarker(row.get(ActionTable.Column.ACTION)), raisedIn);
		draft.update = update;
		draft.dueCell = table.has(ActionTable.Column.DUE) ? row.get(ActionTable.Column.DUE) : null;
		draft.statusCell = table.has(ActionTable.Column.STATUS) ? row.get(ActionTable.Column.STATUS) : null;
		String owner = row.get(ActionTable.Column.OWNER);
		if (!owner.isEmpty()) {
			ownersFromCell(draft, owner, row.sourceLine());
		}
		return draft;
	}

	/** Brought-forward and actions-arising headings; true when the line was one. */
	private boolean openingHeading(String text, NoteLine line, String ownerCell) {
		Optional<BroughtForwardHeading.Origin> from = BroughtForwardHeading.origin(text, meetingDate);
		if (from.isPresent()) {
			closeBlock();
			closeItem();
			carried = true;
			origin = from.get().month();
			return true;
		}
		Optional<ActionsArisingHeading.Heading> heading = ActionsArisingHeading.match(text);
		if (heading.isEmpty() || carried && heading.get().kind() == ActionsArisingHeading.Kind.SINGLE) {
			// under a brought-forward heading, "Action 1 - ..." is an earlier action reported on
			return false;
		}
		closeBlock();
		closeItem();
		block = new ActionBlock(heading.get().kind() == ActionsArisingHeading.Kind.SINGLE);
		blocks.add(block);
		String rest = heading.get().remainder();
		if (ActionsArisingHeading.isNone(rest)) {
			closeBlock();
		}
		else if (!rest.isEmpty()) {
			addItem(rest, line);
		}
		if (ownerCell != null && block != null) {
			block.addOwners(ownerCell, line.sourceLine());
		}
		return true;
	}

	/** "Owner: ..." and "Due: ..." lines below an action; true when the line was one. */
	private boolean attributeLine(String text, NoteLine line) {
		if (lastRaised == null) {
			return false;
		}
		Optional<String> owner = ActionAttributes.ownerLine(text);
		Optional<String> due = ActionAttributes.dueLine(text);
		owner.ifPresent(o -> ownersFromCell(lastRaised, o, line.sourceLine()));
		due.ifPresent(d -> lastRaised.dueCell = d);
		return owner.isPresent() || due.isPresent();
	}

	/** A line while a block of actions is open; false when the line ended the block and needs reading again. */
	private boolean inBlock(String text, NoteLine line, String ownerCell) {
		if (ActionShape.isContinuation(text) && !block.items.isEmpty()) {
			block.last().continueWith(text);
		}
		else if (!block.single && !endsBlock(text, line) && !ActionShape.markerKind(text).isEmpty()
				&& (block.items.isEmpty() || block.firstMarker.equals(ActionShape.markerKind(text)))) {
			// a bulleted list keeps its bullets, whatever the verb ("• Complete operational impact assessments")
			addItem(text, line);
		}
		else if (block.items.isEmpty() && ActionsArisingHeading.isNone(text)) {
			closeBlock();
			return true;
		}
		else if (endsBlock(text, line) || block.single
				|| Boolean.TRUE.equals(block.firstMarked) && !ActionShape.hasMarker(text)
				|| !ActionShape.looksLikeAction(text)) {
			closeBlock();
			return false;
		}
		else {
			addItem(text, line);
		}
		if (ownerCell != null) {
			block.addOwners(ownerCell, line.sourceLine());
		}
		return true;
	}

	private boolean endsBlock(String text, NoteLine line) {
		return agendaNumbers.isHeading(line) || AGENDA_ITEM.matcher(text).matches() || UPDATE.matcher(text).matches();
	}

	/** A line under a brought-forward heading; false when a new agenda section ends the brought-forward part. */
	private boolean inBroughtForward(String text, NoteLine line, String ownerCell) {
		Matcher agendaItem = AGENDA_ITEM.matcher(text);
		if (agendaItem.matches()) {
			closeItem();
			item = new BroughtForwardItem(origin, agendaItem.group(2));
			return true;
		}
		// a new item: "Action 2 - ...", or an action line once the item before has had its update
		Optional<ActionsArisingHeading.Heading> single = ActionsArisingHeading.match(text);
		// (inside an update, bullets and numbers are the update's own points: only a reference or owner cell starts anew)
		boolean referenced = ownerCell != null || ActionShape.markerKind(text).equals("reference");
		boolean actionLine = referenced || ActionShape.hasMarker(text) && ActionShape.looksLikeAction(text);
		boolean starts = item == null ? actionLine : item.inUpdate() && referenced;
		if ((single.isPresent() || starts) && !agendaNumbers.isHeading(line)) {
			closeItem();
			item = new BroughtForwardItem(origin, "");
			item.add(NoteLine.of(line.sourceLine(), ActionShape.withoutMarker(single.map(ActionsArisingHeading.Heading::remainder).orElse(text))));
			item.addOwnerCell(ownerCell);
			return true;
		}
		if (item != null && ownerCell != null && !item.inUpdate()) {
			item.add(NoteLine.of(line.sourceLine(), text));
			item.addOwnerCell(ownerCell);
			return true;
		}
		if (item != null && !item.inUpdate() && !item.isEmpty() && STATUS_WORD.matcher(text).lookingAt()) {
			item.startUpdate(text, line);
			return true;
		}
		Matcher update = UPDATE.matcher(text);
		if (update.matches() && item != null) {
			item.startUpdate(update.group(1), line);
			return true;
		}
		if (agendaNumbers.isHeading(line) && !(item == null && SectionHeading.isTitleLike(text) && !SectionHeading.isCapitals(text)
				&& !SectionHeading.NUMBER.matcher(line.cells().get(0).strip()).matches())) {
			closeItem();
			carried = false;
			origin = null;
			return false;
		}
		if (item == null) {
			if (NOTHING_OUTSTANDING.matcher(text).matches()
					|| !SectionHeading.isTitleLike(text) && !ActionShape.looksLikeAction(text)) {
				// "The notes of the meeting held on 26 January were agreed." is said of the list, not an item of it
				return true;
			}
			boolean titled = SectionHeading.isTitleLike(text);
			item = new BroughtForwardItem(origin, titled ? text : "");
			if (!titled) {
				item.add(line);
			}
			return true;
		}
		item.add(line);
		return true;
	}

	private void ownerColumn(String fragment, NoteLine line) {
		if (block != null) {
			block.addOwners(fragment, line.sourceLine());
		}
		else if (echo != null && echo.rows.contains(line.sourceLine())) {
			echo.addOwners(fragment, line.sourceLine());
		}
		else if (!blocks.isEmpty() && lastBlockStillNear(line)) {
			blocks.get(blocks.size() - 1).addOwners(fragment, line.sourceLine());
		}
		else {
			rejects.add(new Reject(sourceFile, line.sourceLine(),
					"owner column '" + fragment + "' is not next to any action; left unassigned"));
		}
	}

	/** The owner column of the block just closed: right after it, or on one of its own rows. */
	private boolean lastBlockStillNear(NoteLine line) {
		ActionBlock last = blocks.get(blocks.size() - 1);
		return !last.items.isEmpty() && (linesSinceBlock == 0 || last.rows.contains(line.sourceLine()));
	}

	private void addItem(String text, NoteLine line) {
		ActionAttributes.Split split = ActionAttributes.split(ActionShape.withoutMarker(text), this::namesOwner);
		ActionDraft draft = ledger.add(new ActionDraft(line.sourceLine(), ActionKind.RAISED, split.text(), YearMonth.from(meetingDate)));
		if (split.owner() != null) {
			ownersFromCell(draft, split.owner(), line.sourceLine());
		}
		if (split.due() != null) {
			draft.dueCell = split.due();
		}
		block.add(draft, line.sourceLine(), ActionShape.markerKind(text));
		lastRaised = draft;
	}

	private boolean namesOwner(String text) {
		OwnerColumnResolver.Assignment a = owners.resolveCell(text);
		return !a.owners().isEmpty() && a.unresolved().isEmpty();
	}

	private void ownersFromCell(ActionDraft draft, String cell, int sourceLine) {
		OwnerColumnResolver.Assignment assignment = owners.resolveCell(cell);
		draft.ownersFromColumn(assignment.owners());
		assignment.unresolved().forEach(unknown -> rejects.add(new Reject(sourceFile, sourceLine,
				"owner '" + unknown + "' is neither a role nor a person in the attendance list")));
	}

	private void closeBlock() {
		if (block != null) {
			block.closed = true;
			block = null;
			linesSinceBlock = 0;
		}
	}

	private void closeItem() {
		if (item != null && !item.isEmpty()) {
			List<ActionDraft> drafts = item.drafts();
			String cell = item.ownerCell();
			if (!cell.isEmpty() && drafts.size() == 1) {
				ownersFromCell(drafts.get(0), cell, drafts.get(0).sourceLine);
			}
			else if (!cell.isEmpty()) {
				// numbered actions, numbered owners: "1.ACC" "2.CEx/ACC"
				ActionBlock numbered = new ActionBlock(false);
				drafts.forEach(d -> numbered.add(d, d.sourceLine, "number"));
				numbered.addOwners(cell, drafts.get(0).sourceLine);
				numbered.resolveOwners(owners);
			}
			drafts.forEach(ledger::add);
		}
		item = null;
	}

	/** The row's text without its trailing owner cell. */
	private static String textWithout(NoteLine line) {
		List<String> cells = line.cells();
		return NoteLine.of(line.sourceLine(), cells.subList(0, cells.size() - 1).toArray(String[]::new)).text();
	}

}
