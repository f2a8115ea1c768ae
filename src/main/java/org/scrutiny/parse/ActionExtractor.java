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
	private static final Pattern NOTHING_OUTSTANDING = Pattern.compile("(?i)^(?:there\\s+(?:were|are)\\s+)?(?:no\\s+(?:outstanding|"
			+ "items|actions|matters)\\b.*|none\\.?|nil\\.?)$");

	private final LocalDate meetingDate;

	private final OwnerColumnResolver owners;

	private final String sourceFile;

	private final ActionLedger ledger = new ActionLedger();

	private final List<ActionBlock> blocks = new ArrayList<>();

	private final List<BroughtForwardItem> broughtForward = new ArrayList<>();

	private final List<Reject> rejects = new ArrayList<>();

	private ActionBlock block;

	private ActionBlock echo;

	private YearMonth origin;

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
		String ownerCell = OwnerCellShape.trailingCell(line.cells());
		String text = ownerCell == null ? line.text() : textWithout(line);
		if (text.isEmpty() || owners.isOwnerColumn(text) && ownerCell == null) {
			ownerColumn(ownerCell != null ? ownerCell : text, line);
			return;
		}
		linesSinceBlock++;
		if (openingHeading(text, line, ownerCell)) {
			return;
		}
		if (block != null && inBlock(text, line, ownerCell)) {
			return;
		}
		if (origin != null && inBroughtForward(text, line)) {
			return;
		}
		ledger.repeatOf(ActionKind.RAISED, text).ifPresent(repeat -> {
			if (echo == null || !echo.rows.contains(line.sourceLine())) {
				echo = new ActionBlock(false);
				blocks.add(echo);
			}
			echo.add(repeat, line.sourceLine(), false);
		});
		if (ownerCell != null && echo != null && echo.rows.contains(line.sourceLine())) {
			echo.addOwners(ownerCell, line.sourceLine());
		}
	}

	/** Brought-forward and actions-arising headings; true when the line was one. */
	private boolean openingHeading(String text, NoteLine line, String ownerCell) {
		Optional<YearMonth> from = BroughtForwardHeading.match(text, meetingDate);
		if (from.isPresent()) {
			closeBlock();
			closeItem();
			origin = from.get();
			return true;
		}
		Optional<ActionsArisingHeading.Heading> heading = ActionsArisingHeading.match(text);
		if (heading.isEmpty()) {
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

	/** A line while a block of actions is open; false when the line ended the block and needs reading again. */
	private boolean inBlock(String text, NoteLine line, String ownerCell) {
		if (ActionShape.isContinuation(text) && !block.items.isEmpty()) {
			block.last().continueWith(text);
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
		return SectionHeading.isHeading(line) || AGENDA_ITEM.matcher(text).matches() || UPDATE.matcher(text).matches();
	}

	/** A line under a brought-forward heading; false when a new agenda section ends the brought-forward part. */
	private boolean inBroughtForward(String text, NoteLine line) {
		Matcher agendaItem = AGENDA_ITEM.matcher(text);
		if (agendaItem.matches()) {
			closeItem();
			item = new BroughtForwardItem(origin, agendaItem.group(2));
			return true;
		}
		Matcher update = UPDATE.matcher(text);
		if (update.matches() && item != null) {
			item.startUpdate(update.group(1), line);
			return true;
		}
		if (SectionHeading.isHeading(line) && !(item == null && SectionHeading.isTitleLike(text) && !SectionHeading.isCapitals(text)
				&& !SectionHeading.NUMBER.matcher(line.cells().get(0).strip()).matches())) {
			closeItem();
			origin = null;
			return false;
		}
		if (item == null) {
			if (NOTHING_OUTSTANDING.matcher(text).matches()) {
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
		ActionDraft draft = ledger.add(new ActionDraft(line.sourceLine(), ActionKind.RAISED, ActionShape.withoutMarker(text),
				YearMonth.from(meetingDate)));
		block.add(draft, line.sourceLine(), ActionShape.hasMarker(text));
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
			item.drafts().forEach(ledger::add);
		}
		item = null;
	}

	/** The row's text without its trailing owner cell. */
	private static String textWithout(NoteLine line) {
		List<String> cells = line.cells();
		return NoteLine.of(line.sourceLine(), cells.subList(0, cells.size() - 1).toArray(String[]::new)).text();
	}

}
