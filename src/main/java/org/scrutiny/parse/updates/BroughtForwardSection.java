package org.scrutiny.parse.updates;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.actions.ActionBlock;
import org.scrutiny.parse.actions.ActionDraft;
import org.scrutiny.parse.actions.ActionLedger;
import org.scrutiny.parse.actions.OwnerCells;
import org.scrutiny.parse.layout.ActionShape;
import org.scrutiny.parse.layout.ActionsArisingHeading;
import org.scrutiny.parse.layout.AgendaNumbers;
import org.scrutiny.parse.layout.SectionHeading;

/**
 * The actions brought forward under a heading that names the meeting which raised them: each agenda item or action
 * line, its wording, then its update. The section ends at the next agenda heading.
 */
public final class BroughtForwardSection {

	// matches: Agenda item 1.1: Hire cars:   Agenda item 2.1d Road traffic collisions   Item 4: Custody
	private static final Pattern AGENDA_ITEM = Pattern.compile("(?i)^(?:agenda\\s+)?item\\s+(\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)\\s*:?\\s*(.*)$");

	// matches: Update:   Update - ongoing   Progress: report submitted   Response:
	private static final Pattern UPDATE = Pattern.compile("(?i)^(?:update|progress|response|status)\\s*(?::|\\s[-\u2013]\\s|$)\\s*(.*)$");

	// matches: Complete.   Ongoing; data quality issues...   Discharged   In progress   (an update with no "Update:" label)
	// matches: "No action required."   "Not yet actioned"   (Perth Artifactory, 308 in ../shared/real)
	private static final Pattern STATUS_WORD = Pattern.compile("(?i)^(?:complete[d]?|closed|discharged|done|on-?\\s?going|in\\s+progress|"
			+ "open|not\\s+yet|awaiting|outstanding|achieved|superseded|no\\s+(?:further\\s+)?action\\s+(?:required|needed))\\b");

	// matches: "1.2 " in "1.2 The CEx to arrange a briefing on the estates strategy."   (one of a sub-numbered list of
	// earlier actions, each with its update on the same line or below: the next number is the next action)
	// matches: "b) " in "b) Cllr Brown to meet the tenants' association - discharged."   (a lettered list of them)
	// (not "2. ": plain numbers may number the updates of a list, "Update: 1. Ongoing 2. Complete")
	private static final Pattern SUB_NUMBERED = Pattern.compile("^\\(?(?:\\d{1,2}\\.\\d{1,2}[.)]?|[a-z]\\))\\s+(?=\\S)");

	// matches: There were no outstanding matters.   None   No items brought forward
	private static final Pattern NOTHING_OUTSTANDING = Pattern.compile("(?i)^(?:there\\s+(?:were|are)\\s+)?(?:no\\s+(?:outstanding|"
			+ "items|actions|matters)\\b.*|none\\.?|nil\\.?)$");

	// matches: "See " in "- See [RSE-AUNZ D5 Run Face to Face Meetings](https://...)"   (a bullet under an item that
	// points to where more is written: part of the item, as it is of a raised action, not an action of its own)
	private static final Pattern POINTER = Pattern.compile("(?i)see\\s+");

	private final ActionLedger ledger;

	private final OwnerCells ownerCells;

	private final AgendaNumbers agendaNumbers;

	private boolean open;

	/** The raising meeting's month, or null where the heading says only "the previous meeting". */
	private YearMonth origin;

	private BroughtForwardItem item;

	/** The status the heading gave every item ("on hold"), the update of each that has none; null for most lists. */
	private String heldStatus;

	/** Bullets list one action each; numbers may be the agenda's own, so only bullets part a list's items. */
	private static final String BULLET = "bullet";

	/** The marker the item in hand opened with ("bullet"), or "" when it opened with a title or plain text. */
	private String itemMarker = "";

	/** Whether the item's update is a status written as a bullet of its own ("• Done"), which the next bullet ends. */
	private boolean statusBullet;

	public BroughtForwardSection(ActionLedger ledger, OwnerCells ownerCells, AgendaNumbers agendaNumbers) {
		this.ledger = ledger;
		this.ownerCells = ownerCells;
		this.agendaNumbers = agendaNumbers;
	}

	public static boolean isAgendaItem(String text) {
		return AGENDA_ITEM.matcher(text).matches();
	}

	public static boolean isUpdate(String text) {
		return UPDATE.matcher(text).matches();
	}

	public void open(YearMonth origin) {
		closeItem();
		this.open = true;
		this.origin = origin;
		this.heldStatus = null;
	}

	/** Opens a list of earlier actions under a heading that gives their status ("Deliverables - on hold."). */
	public void openHeld(String status) {
		open(null);
		this.heldStatus = status;
	}

	public boolean isOpen() {
		return open;
	}

	public YearMonth origin() {
		return origin;
	}

	/** The month the last minutes were agreed for: the origin of the items below when the heading gave none. */
	public void minutesAgreed(YearMonth month) {
		if (open && origin == null) {
			origin = month;
		}
	}

	/** A line under the heading; false when a new agenda section ends the brought-forward part. */
	public boolean accept(String text, NoteLine line, String ownerCell) {
		Matcher agendaItem = AGENDA_ITEM.matcher(text);
		if (agendaItem.matches()) {
			closeItem();
			item = new BroughtForwardItem(origin, agendaItem.group(2));
			return true;
		}
		if (startsItem(text, line, ownerCell) || startsSubNumbered(text, line)) {
			return true;
		}
		if (item != null && ownerCell != null && !item.inUpdate()) {
			item.add(NoteLine.of(line.sourceLine(), text));
			item.addOwnerCell(ownerCell);
			return true;
		}
		String unmarked = ActionShape.withoutMarker(text);
		if (item != null && !item.inUpdate() && !item.isEmpty() && STATUS_WORD.matcher(unmarked).lookingAt()) {
			// "• Done" under "• Memberships - JC - Reach out to Liam Holt ...": a status as a bullet of its own
			item.startUpdate(unmarked, line);
			statusBullet = ActionShape.hasMarker(text);
			return true;
		}
		if (BULLET.equals(itemMarker) && !ActionShape.hasMarker(text) && (statusBullet || SectionHeading.isTitleLike(text))) {
			// a bulleted list of earlier actions ends at a line in heading form, or at any line with no bullet once
			// its statuses are bullets too: "Review Online Motions" after "• Done"
			close();
			return false;
		}
		Matcher update = UPDATE.matcher(text);
		if (update.matches() && item != null) {
			item.startUpdate(update.group(1), line);
			return true;
		}
		if ((agendaNumbers.isHeading(line) || agendaNumbers.isNextItemAfterUpdates(line)) && !opensUntitledItem(text, line)) {
			close();
			return false;
		}
		if (item == null) {
			if (NOTHING_OUTSTANDING.matcher(unmarked).matches()) {
				// "* Nil" under "Review Previous Meeting's Action Items": nothing brought forward, and the section ends
				close();
				return true;
			}
			if (!SectionHeading.isTitleLike(text) && !ActionShape.looksLikeAction(text)) {
				// "The notes of the meeting held on 26 January were agreed." is said of the list, not an item of it
				return true;
			}
			boolean titled = SectionHeading.isTitleLike(text);
			item = new BroughtForwardItem(origin, titled ? text : "");
			itemMarker = titled ? "" : ActionShape.markerKind(text);
			if (!titled) {
				item.add(line);
			}
			return true;
		}
		if (BULLET.equals(ActionShape.markerKind(text)) && POINTER.matcher(ActionShape.withoutMarker(text)).lookingAt()) {
			item.add(NoteLine.of(line.sourceLine(), ActionShape.withoutMarker(text)));
			return true;
		}
		if (startsNextBullet(text)) {
			// "• September meeting – did not happen." after "• Write minutes – Alistair.": one bullet, one action
			closeItem();
			item = new BroughtForwardItem(origin, "");
			itemMarker = BULLET;
			item.add(NoteLine.of(line.sourceLine(), ActionShape.withoutMarker(text)));
			return true;
		}
		item.add(line);
		return true;
	}

	/** A sub-numbered or lettered action ("1.2 The CEx to ...", "b) Cllr Brown to ..."): each is one earlier action. */
	private boolean startsSubNumbered(String text, NoteLine line) {
		Matcher number = SUB_NUMBERED.matcher(text);
		if (!number.lookingAt() || !ActionShape.looksLikeAction(text.substring(number.end())) || agendaNumbers.isHeading(line)) {
			return false;
		}
		closeItem();
		item = new BroughtForwardItem(origin, "");
		item.add(NoteLine.of(line.sourceLine(), text.substring(number.end())));
		return true;
	}

	/**
	 * A bullet after an item that opened with a bullet of its own, before any update: the list's next action; or after
	 * a status written as a bullet of its own ("• Done"), any bullet: the status said all there was to say
	 * ("• Repurposing the Rehearsal Room - Lewis - Look into administrative arrangements / changes required." after "•
	 * Done", Perth Artifactory 308 in ../shared/real).
	 */
	private boolean startsNextBullet(String text) {
		return BULLET.equals(itemMarker) && BULLET.equals(ActionShape.markerKind(text)) && (!item.inUpdate() || statusBullet);
	}

	/**
	 * A new item: "Action 2 - ...", or an action line once the item before has had its update. Inside an update,
	 * bullets and numbers are the update's own points: only a reference or an owner cell starts anew.
	 */
	private boolean startsItem(String text, NoteLine line, String ownerCell) {
		Optional<ActionsArisingHeading.Heading> single = ActionsArisingHeading.match(text);
		boolean referenced = ownerCell != null || ActionShape.markerKind(text).equals("reference");
		boolean actionLine = referenced || ActionShape.hasMarker(text) && ActionShape.looksLikeAction(text);
		boolean reference = ActionShape.markerKind(text).equals("reference");
		boolean starts = reference || (item == null ? actionLine : item.inUpdate() && referenced);
		if (!(single.isPresent() || starts) || agendaNumbers.isHeading(line)) {
			return false;
		}
		closeItem();
		item = new BroughtForwardItem(origin, "");
		String wording = single.map(ActionsArisingHeading.Heading::remainder).orElse(text);
		item.add(NoteLine.of(line.sourceLine(), ActionShape.withoutMarker(wording)));
		item.addOwnerCell(ownerCell);
		itemMarker = single.isPresent() ? "" : ActionShape.markerKind(text);
		return true;
	}

	/** The first line under the heading may title the item ("Integrated Victim Management") in heading form. */
	private boolean opensUntitledItem(String text, NoteLine line) {
		return item == null && SectionHeading.isTitleLike(text) && !SectionHeading.isCapitals(text)
				&& !SectionHeading.NUMBER.matcher(line.cells().get(0).strip()).matches();
	}

	/** Ends the item in hand: its actions go into the ledger with the owners its cells name. */
	public void closeItem() {
		itemMarker = "";
		statusBullet = false;
		if (item != null && !item.isEmpty()) {
			List<ActionDraft> drafts = item.drafts();
			String cell = item.ownerCell();
			if (!cell.isEmpty() && drafts.size() == 1) {
				ownerCells.apply(drafts.get(0), cell, drafts.get(0).sourceLine);
			}
			else if (!cell.isEmpty()) {
				// numbered actions, numbered owners: "1.ACC" "2.CEx/ACC"
				ActionBlock numbered = new ActionBlock(false);
				drafts.forEach(d -> numbered.add(d, d.sourceLine, "number"));
				numbered.addOwners(cell, drafts.get(0).sourceLine);
				ownerCells.resolve(numbered);
			}
			if (heldStatus != null) {
				drafts.stream().filter(d -> d.update.isBlank()).forEach(d -> d.update = heldStatus);
			}
			drafts.forEach(ledger::add);
		}
		item = null;
	}

	/** Ends the brought-forward part: a heading over the new actions, or the next agenda section. */
	public void close() {
		closeItem();
		open = false;
		origin = null;
		heldStatus = null;
	}

}
