package org.scrutiny.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Reject;
import org.scrutiny.model.RoleRef;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.normalise.OwnerCellShape;
import org.scrutiny.parse.actions.ActionAttributes;
import org.scrutiny.parse.actions.ActionBlock;
import org.scrutiny.parse.actions.ActionDraft;
import org.scrutiny.parse.actions.ActionLedger;
import org.scrutiny.parse.actions.BareDeed;
import org.scrutiny.parse.actions.CommitmentSentence;
import org.scrutiny.parse.actions.DeadlineBefore;
import org.scrutiny.parse.actions.DueDateRule;
import org.scrutiny.parse.actions.OwnerCells;
import org.scrutiny.parse.actions.UpdateMark;
import org.scrutiny.parse.layout.ActionShape;
import org.scrutiny.parse.layout.ActionsArisingHeading;
import org.scrutiny.parse.layout.AgendaNumbers;
import org.scrutiny.parse.layout.BroughtForwardHeading;
import org.scrutiny.parse.layout.TrailingActionTag;
import org.scrutiny.parse.layout.SectionHeading;
import org.scrutiny.parse.owners.LeadingOwnerTag;
import org.scrutiny.parse.owners.OwnerColumnResolver;
import org.scrutiny.parse.tables.ProgressTable;
import org.scrutiny.parse.tables.StackedTable;
import org.scrutiny.parse.tables.TableReader;
import org.scrutiny.parse.updates.AllCarriedForward;
import org.scrutiny.parse.updates.BroughtForwardSection;
import org.scrutiny.parse.updates.ProseReports;
import org.scrutiny.parse.updates.UpdateStatus;

/**
 * Walks the agenda of one meeting and collects its actions: those raised under "Actions arising" headings, on
 * "Action:" lines or in action tables, and those brought forward under a heading that names the meeting that raised
 * them ({@link BroughtForwardSection}).
 * <p>
 * One pass, line by line. The order of the checks is the order of precedence: an open table first (its rows are
 * cells, not prose), an owner column next (it carries no text of its own), then the headings that open something
 * (brought-forward, actions arising), then the block or brought-forward item in progress, and last the repeats of
 * actions already read, which a later owner cell may own.
 */
final class ActionExtractor {

	// matches: "." "?" ")" "'" at the end of "... by the next meeting."   (an action that ends as a sentence does)
	private static final Pattern ENDS_AS_SENTENCE = Pattern.compile("[.!?)\\]'\"\u2019\u201d]\\s*$");

	// matches: "[ ]" "[x]" in "• [ ] Kate will ask Tracy and Jonah about finding someone to manage the election."
	private static final Pattern CHECKBOX = Pattern.compile("^\\[[ xX]?\\]\\s*");

	// matches: " Action: " at the end of "The Panel's position statement ... was agreed. Action: "   (the label, not context)
	private static final Pattern ACTION_LABEL_AT_END = Pattern.compile("(?i)\\W*action\\W*$");

	/** Why notes that stop right after an actions heading were cut off: a reject's reason. */
	static final String ENDS_AFTER_HEADING = "the notes end right after an actions heading: its actions may be missing";

	/** Why notes that stop inside a list of actions, in mid-sentence, were cut off: a reject's reason. */
	static final String ENDS_INSIDE_ACTIONS = "the notes end inside the actions: the last action may be cut short";

	private final LocalDate meetingDate;

	private final OwnerColumnResolver resolver;

	private final ActionLedger ledger = new ActionLedger(
			earlier -> UpdateStatus.of(earlier.statusCell, earlier.update) == ActionStatus.OPEN);

	private final OwnerCells ownerCells;

	private final AgendaNumbers agendaNumbers = new AgendaNumbers();

	private final BroughtForwardSection broughtForward;

	private final TableReader tables;

	private final List<ActionBlock> blocks = new ArrayList<>();

	private ActionBlock block;

	/** The actions a table row repeats, which an owner cell on that row owns. */
	private ActionBlock echo;

	/** The raised action read last, which "Owner:" and "Due:" lines below it describe. */
	private ActionDraft lastRaised;

	/** Dated steps on tasks named elsewhere ({@link CommitmentSentence.Step}), matched to the listed actions at the end. */
	private final List<CommitmentSentence.Step> steps = new ArrayList<>();

	/**
	 * An action written in a minute rather than listed: a commitment in prose ({@link CommitmentSentence}), with the
	 * subject that names who will do it ("" for none), or a minute tagged "(Action 2.2)" (not prose, no subject).
	 */
	private record Sentence(ActionDraft draft, boolean prose, String subject, boolean calledAnAction) {

		private Sentence(ActionDraft draft, boolean prose, String subject) {
			this(draft, prose, subject, false);
		}
	}

	/** Actions written as sentences, kept apart until the whole notes are read. */
	private final List<Sentence> sentences = new ArrayList<>();

	// matches: ", " " and " " / " " & " in "Janet & Steve"   "Secretary and Chair"   (the people a subject joins)
	private static final Pattern SUBJECT_PARTS = Pattern.compile(",\\s*|\\s+and\\s+|\\s*[/&]\\s*");

	/** The actions the line just read raised: a status line right below makes them updates, not new actions. */
	private List<ActionDraft> justRaised;

	/** The text of the line being read, and of the line before it: what a bare "Action: X to follow up." is about. */
	private String lineNow;

	private String lineBefore;

	/** Every line read, in order: the discussion where a listed action may have been raised. */
	private final List<NoteLine> lines = new ArrayList<>();

	/** The owners a listed action was written with ("ML, NM" from "[ML, NM] Investigate ..."), as written. */
	private final Map<ActionDraft, String> writtenOwners = new HashMap<>();

	/** The notes' "All actions carried forward." where they say so; null otherwise. */
	private String allCarried;

	/** True while the lines are the paragraphs under a "Matters arising" heading ({@link ProseReports}). */
	private boolean proseReports;

	/** The lettered matter the paragraphs now report on ("Lyceum" under "c) Lyceum"); null where none is named. */
	private String matter;

	/** The report on the matter named last, which its further paragraphs continue. */
	private ActionDraft matterReport;

	/** The agenda item's paragraph being read ({@link #itemParagraph}), and the line it has reached. */
	private ActionDraft paragraph;

	private int paragraphEnd;

	/** The wording of a listed item whose steps follow as items of their own ({@link #underParent}), while they do. */
	private String listParent;

	/** True right after a line in heading form inside a bulleted list of actions ({@link #opensSubheading}). */
	private boolean underSubheading;

	/** Lines read since the last block closed: a loose owner column belongs to a block only right after it. */
	private int linesSinceBlock;

	ActionExtractor(String sourceFile, LocalDate meetingDate, OwnerColumnResolver owners) {
		this.meetingDate = meetingDate;
		this.resolver = owners;
		this.ownerCells = new OwnerCells(sourceFile, owners);
		this.broughtForward = new BroughtForwardSection(ledger, ownerCells, agendaNumbers);
		this.tables = new TableReader(ledger, ownerCells, broughtForward, meetingDate);
	}

	void read(List<NoteLine> agenda) {
		for (int i = 0; i < agenda.size(); i++) {
			Optional<ProgressTable.Read> progress = ProgressTable.at(agenda, i);
			if (progress.isPresent()) {
				closeBlock();
				progress.get().rows().forEach(row -> ledger.add(reportedOn(row.sourceLine(), row.action(), row.update())));
				i += progress.get().consumed() - 1;
				continue;
			}
			Optional<StackedTable.Read> stacked = StackedTable.at(agenda, i, resolver);
			if (stacked.isPresent()) {
				stacked.get().rows().forEach(this::accept);
				i += stacked.get().consumed() - 1;
			}
			else {
				accept(agenda.get(i));
			}
		}
		settleStrayOwner(null);
		if (block != null) {
			checkNotCutOff(block);
		}
		closeBlock();
		broughtForward.closeItem();
		addSentencesIfNothingListed();
		blocks.forEach(ownerCells::resolve);
		steps.forEach(this::dateByStep);
		if (allCarried != null) {
			carryUnminuted();
		}
	}

	/**
	 * Notes that say all earlier actions were carried forward list them again among the new ones: a listed action
	 * that no line of the discussion raised is one of them ({@link AllCarriedForward}), reported on and still open.
	 */
	private void carryUnminuted() {
		Set<Integer> listed = new HashSet<>();
		blocks.forEach(b -> listed.addAll(b.rows));
		List<String> discussion = lines.stream().filter(l -> !listed.contains(l.sourceLine())).map(NoteLine::text).toList();
		List<ActionDraft> stored = ledger.drafts();
		blocks.stream().filter(b -> !b.single).flatMap(b -> b.items.stream()).distinct()
			.filter(d -> d.kind == ActionKind.RAISED && stored.contains(d))
			.filter(d -> !AllCarriedForward.minuted(d.text(), ownersAsWritten(d), discussion))
			.forEach(d -> {
				ledger.withdraw(d);
				ledger.add(reportedOn(d, allCarried));
			});
	}

	private List<String> ownersAsWritten(ActionDraft draft) {
		String written = writtenOwners.get(draft);
		return written == null ? LeadingOwnerTag.written(ActionShape.withoutMarker(draft.text())) : SUBJECT_PARTS.splitAsStream(written).toList();
	}

	/**
	 * A listed action with no date of its own takes the date of a step its owner was minuted to take on it, with the
	 * same verb ("Draft communications to current bands", owner JC, and "JC will draft by end of week"); only where one
	 * listed action fits, so that a step is never spread over several tasks.
	 */
	private void dateByStep(CommitmentSentence.Step step) {
		Optional<RoleRef> owner = resolver.single(step.subject());
		if (owner.isEmpty()) {
			return;
		}
		List<ActionDraft> fits = ledger.drafts().stream()
			.filter(d -> d.kind == ActionKind.RAISED && d.dueCell == null && d.columnOwners().contains(owner.get()))
			.filter(d -> d.text().regionMatches(true, 0, step.verb() + " ", 0, step.verb().length() + 1))
			.filter(d -> DueDateRule.find(d.text(), meetingDate, null).isEmpty())
			.toList();
		if (fits.size() == 1) {
			fits.get(0).dueCell = step.when();
		}
	}

	List<ActionDraft> drafts() {
		return ledger.drafts();
	}

	List<Reject> rejects() {
		return ownerCells.rejects();
	}

	private void accept(NoteLine line) {
		if (line.isBlank() || tables.accept(line)) {
			return;
		}
		settleStrayOwner(line.text());
		if (tables.opens(line)) {
			closeBlock();
			return;
		}
		String ownerCell = OwnerCellShape.trailingCell(line.cells());
		String text = ownerCell == null ? line.text() : textWithout(line);
		if (text.isEmpty() || ownerCell == null && ownerCells.isOwnerColumn(text)) {
			ownerColumn(ownerCell != null ? ownerCell : text, line);
			return;
		}
		if (justRaised != null && UpdateMark.isStatusLine(text)) {
			// "Action 1: Secretariat to contact Francis Davey" over "Complete - ...": an earlier action reported on
			justRaised.forEach(ledger::withdraw);
			justRaised.forEach(earlier -> ledger.add(reportedOn(earlier, text)));
			justRaised = null;
			closeBlock();
			return;
		}
		justRaised = null;
		lines.add(line);
		if (AllCarriedForward.states(text)) {
			allCarried = text.strip();
		}
		linesSinceBlock++;
		lineBefore = lineNow;
		lineNow = text;
		agendaNumbers.saw(line);
		BroughtForwardHeading.minutesAgreed(text).ifPresent(broughtForward::minutesAgreed);
		if (openingHeading(text, line, ownerCell)) {
			proseReports = false;
			return;
		}
		if (proseReport(text, line, ownerCell)) {
			return;
		}
		itemParagraph(text, line, ownerCell);
		if (!broughtForward.isOpen() && attributeLine(text, line)) {
			return;
		}
		if (!broughtForward.isOpen() && ownerCell == null && TrailingActionTag.newFor(ActionShape.withoutMarker(text)).isPresent()
				&& taggedAtEnd(text, line)) {
			return;
		}
		if (block != null && inBlock(text, line, ownerCell)) {
			return;
		}
		if (broughtForward.isOpen() && broughtForward.accept(text, line, ownerCell)) {
			return;
		}
		if (!broughtForward.isOpen() && ownerCell == null && taggedAtEnd(text, line)) {
			return;
		}
		if (!broughtForward.isOpen() && ownerCell == null && markedItem(text, line)) {
			return;
		}
		if (!broughtForward.isOpen() && ownerCell == null && commitments(text, line)) {
			return;
		}
		echoes(text, line, ownerCell);
	}

	/**
	 * The paragraphs under a "Matters arising" heading, each a report on one of the last meeting's actions that the
	 * notes do not name ({@link ProseReports}): kept with no wording of their own, for the ledger to link by their words.
	 * True when the line was wholly taken (the heading, a lettered matter, a reminder); a paragraph is read on for new
	 * actions in it.
	 */
	private boolean proseReport(String text, NoteLine line, String ownerCell) {
		if (block == null && !broughtForward.isOpen() && ProseReports.opens(text)) {
			proseReports = true;
			matter = null;
			matterReport = null;
			return true;
		}
		if (!proseReports) {
			return false;
		}
		Optional<String> named = ProseReports.matter(text);
		if (named.isPresent()) {
			matter = named.get();
			matterReport = null;
			return true;
		}
		if (agendaNumbers.isHeading(line) || ProseReports.endsUpdates(text)) {
			proseReports = false;
			return false;
		}
		if (ownerCell == null && block == null && !ActionShape.hasMarker(text) && ProseReports.isReport(text)) {
			if (matterReport != null) {
				matterReport.update = matterReport.update + " " + text;
			}
			else {
				ActionDraft report = new ActionDraft(line.sourceLine(), ActionKind.BROUGHT_FORWARD, "", null);
				report.update = matter == null ? text : matter + ": " + text;
				report.statusCell = ProseReports.status(text).name();
				ledger.add(report);
				matterReport = matter == null ? null : report;
			}
			// a reminder of a task still to be done restates that task: no new action in it
			return ProseReports.restatesEarlierTask(text);
		}
		return false;
	}

	/**
	 * A paragraph of an agenda item outside "Matters arising", kept in case it reports on an action raised under the same
	 * item at an earlier meeting ({@link ProseReports#isReport}): "it was confirmed that this had been raised with Gillian
	 * Jardine by both Cllr JA and TS" under "Treasurer's Report" reports on "Cllr JA to chase this up with Gillian
	 * Jardine", raised under "Treasurer's Report" the month before (Ayton Community Council, 202 and 201 in
	 * ../shared/real). The paragraph is still read for new actions.
	 */
	private void itemParagraph(String text, NoteLine line, String ownerCell) {
		boolean wrapped = paragraph != null && line.sourceLine() == paragraphEnd + 1
				&& !ENDS_AS_SENTENCE.matcher(paragraph.update).find()
				&& paragraph.update.length() + text.length() < ProseReports.PARAGRAPH_CHARACTERS;
		if (wrapped && !proseReports && block == null && ownerCell == null) {
			// a paragraph wrapped over lines, as text taken from a PDF is, is one report; a line that ended a sentence may
			// have ended the paragraph ("5.1 The DCC presented the quarterly report on estates." over "5.2 ...")
			paragraph.update = paragraph.update + " " + text;
			paragraph.statusCell = ProseReports.status(paragraph.update).name();
			paragraphEnd = line.sourceLine();
			return;
		}
		paragraph = null;
		if (!proseReports && block == null && !broughtForward.isOpen() && ownerCell == null && !ActionShape.hasMarker(text)
				&& ProseReports.isReport(text)) {
			ActionDraft started = new ActionDraft(line.sourceLine(), ActionKind.BROUGHT_FORWARD, "", null);
			started.update = text;
			started.statusCell = ProseReports.status(text).name();
			started.itemParagraph = true;
			ledger.add(started);
			paragraph = started;
			paragraphEnd = line.sourceLine();
		}
	}

	/** Brought-forward and actions-arising headings; true when the line was one. */
	private boolean openingHeading(String text, NoteLine line, String ownerCell) {
		Optional<BroughtForwardHeading.Origin> from = BroughtForwardHeading.origin(text, meetingDate);
		if (from.isPresent()) {
			closeBlock();
			broughtForward.open(from.get().month());
			return true;
		}
		Optional<String> held = BroughtForwardHeading.heldStatus(text);
		if (held.isPresent()) {
			closeBlock();
			broughtForward.openHeld(held.get());
			return true;
		}
		Optional<ActionsArisingHeading.Heading> heading = ActionsArisingHeading.match(text);
		if (heading.isEmpty() || broughtForward.isOpen() && heading.get().kind() == ActionsArisingHeading.Kind.SINGLE) {
			// under a brought-forward heading, "Action 1 - ..." is an earlier action reported on
			return false;
		}
		closeBlock();
		if (ActionsArisingHeading.namesNewActions(text)) {
			broughtForward.close();
		}
		else {
			broughtForward.closeItem();
		}
		block = new ActionBlock(heading.get().kind() == ActionsArisingHeading.Kind.SINGLE);
		block.headingLine = line.sourceLine();
		blocks.add(block);
		String rest = heading.get().remainder();
		if (ActionsArisingHeading.isNone(rest)) {
			closeBlock();
		}
		else if (!rest.isEmpty()) {
			addItem(heading.get().kind() == ActionsArisingHeading.Kind.SINGLE ? BareDeed.withObject(rest, sentenceBefore(text, rest)) : rest, line);
		}
		if (ownerCell != null && block != null) {
			block.addOwners(ownerCell, line.sourceLine());
		}
		return true;
	}

	/** What an action line follows: the words before its "Action:" on the same line, or else the line before. */
	private String sentenceBefore(String text, String action) {
		int at = text.lastIndexOf(action);
		String inLine = at > 0 ? ACTION_LABEL_AT_END.matcher(text.substring(0, at)).replaceFirst("").strip() : "";
		return inLine.isEmpty() ? lineBefore : inLine;
	}

	/** "Owner: ..." and "Due: ..." lines below an action; true when the line was one. */
	private boolean attributeLine(String text, NoteLine line) {
		if (lastRaised == null) {
			return false;
		}
		Optional<String> owner = ActionAttributes.ownerLine(text);
		Optional<String> due = ActionAttributes.dueLine(text);
		owner.ifPresent(o -> ownerCells.apply(lastRaised, o, line.sourceLine()));
		due.ifPresent(d -> lastRaised.dueCell = d);
		return owner.isPresent() || due.isPresent();
	}

	/** A line while a block of actions is open; false when the line ended the block and needs reading again. */
	private boolean inBlock(String text, NoteLine line, String ownerCell) {
		if (underSubheading) {
			underSubheading = false;
			if (!goesOnUnderSubheading(text)) {
				closeBlock();
				return false;
			}
		}
		if (!block.items.isEmpty() && (ActionShape.isContinuation(text) || ActionShape.endsMidPhrase(block.last().text())
				&& !ActionShape.hasMarker(text) && !endsBlock(text, line))) {
			block.last().continueWith(text);
		}
		else if (!block.single && !endsBlock(text, line) && !ActionShape.markerKind(text).isEmpty()
				&& (block.items.isEmpty() || block.firstMarker.equals(ActionShape.markerKind(text)))) {
			// a bulleted list keeps its bullets, whatever the verb ("• Complete operational impact assessments")
			String item = underParent(text);
			if (item != null) {
				addItem(item, line);
			}
		}
		else if (block.items.isEmpty() && ActionsArisingHeading.isNone(text)) {
			closeBlock();
			return true;
		}
		else if (opensSubheading(text, line)) {
			underSubheading = true;
			return true;
		}
		else if (endsBlock(text, line) || block.single
				|| !block.firstMarker.isEmpty() && !ActionShape.hasMarker(text)
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

	/**
	 * A line in heading form inside a bulleted list of actions ("##### Deliverables" under "## Actions", RSE-AUNZ 305
	 * in ../shared/real): the list may go on under it, which the next line tells ({@link #goesOnUnderSubheading}).
	 */
	private boolean opensSubheading(String text, NoteLine line) {
		return !block.single && !block.items.isEmpty() && !block.firstMarker.isEmpty() && !ActionShape.hasMarker(text)
				&& !endsBlock(text, line) && SectionHeading.isTitleLike(text) && !SectionHeading.isCapitals(text);
	}

	/**
	 * The list goes on under its sub-heading where the next line is an item of the same bullets that names its owners
	 * first in brackets, as the list's first item does ("- [DC, MS] D1 (Manifesto): re-draft (if appropriate) and outline
	 * steps to advance."), not the minutes below the actions ("#### Minutes" over "- Kate needs volunteers to watch the
	 * repo", SWC 309).
	 */
	private boolean goesOnUnderSubheading(String text) {
		return block.firstMarker.equals(ActionShape.markerKind(text)) && namesOwnersInBrackets(text)
				&& namesOwnersInBrackets(block.items.get(0).text());
	}

	/** The item, its list marker aside, opens with its owners in brackets ("[DC, MS] D1 (Manifesto): ..."). */
	private static boolean namesOwnersInBrackets(String item) {
		return !LeadingOwnerTag.written(ActionShape.withoutMarker(item)).isEmpty();
	}

	/**
	 * An item with no owner of its own in a list whose items name their owners in brackets is a step of the item above,
	 * a nesting a text dump loses (RSE-AUNZ 305 and 306 in ../shared/real). Under an item that ends in a colon it is
	 * one action of that owner: "• [NM] Update website:" over "• Add approved minutes." is "[NM] Update website: Add
	 * approved minutes.", and the item above, a heading of its steps, no action of its own. Under any other it goes on
	 * that action: "• [HP, NL] Gather content from Workshop and BoF at eResAus 2019" over "• Create a post from the
	 * content." Returns the item to add, or null where the item went on the one above.
	 */
	private String underParent(String text) {
		if (namesOwnersInBrackets(text) || block.items.isEmpty()
				|| !block.items.stream().allMatch(d -> namesOwnersInBrackets(d.text()))) {
			listParent = null;
			return text;
		}
		if (listParent == null && ActionShape.withoutMarker(block.last().text()).strip().endsWith(":")) {
			ActionDraft parent = block.last();
			listParent = ActionShape.withoutMarker(parent.text()).strip();
			block.items.remove(parent);
			ledger.withdraw(parent);
		}
		String item = ActionShape.withoutMarker(text);
		if (listParent != null) {
			return text.substring(0, text.length() - item.length()) + listParent + " " + item;
		}
		block.last().continueWith(item);
		return null;
	}

	private boolean endsBlock(String text, NoteLine line) {
		return agendaNumbers.isHeading(line) || BroughtForwardSection.isAgendaItem(text) || BroughtForwardSection.isUpdate(text);
	}

	/** A row that repeats actions already read (multi-column extraction does): an owner cell on it owns them. */
	private void echoes(String text, NoteLine line, String ownerCell) {
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

	/** An action marked at its end ("Andy to invite HZB to join the steering committee (Action 2.5)"). */
	private boolean taggedAtEnd(String text, NoteLine line) {
		String item = ActionShape.withoutMarker(text);
		Optional<TrailingActionTag.NewFor> newFor = TrailingActionTag.newFor(item);
		Optional<String> action = newFor.isPresent() ? Optional.of(newFor.get().text()) : TrailingActionTag.action(item);
		if (action.isEmpty()) {
			return false;
		}
		if (newFor.isEmpty()) {
			// "(Action 2.2)" inside a minute points at the notes' list of actions, which holds it in its own words
			sentences.add(new Sentence(new ActionDraft(line.sourceLine(), ActionKind.RAISED, action.get(), YearMonth.from(meetingDate)),
					false, ""));
			return true;
		}
		closeBlock();
		block = new ActionBlock(true);
		block.headingLine = line.sourceLine();
		blocks.add(block);
		addItem(action.get(), line);
		ownerCells.apply(lastRaised, newFor.get().owner(), line.sourceLine());
		closeBlock();
		return true;
	}

	/**
	 * A listed item with a status on it, outside any list of new actions ("- [NL] Follow up with enquiries concerning
	 * Casual Vacancies. - done"): an earlier action reported on. A status after a dash must come with an owner tag or
	 * an action's wording, so that a bullet of discussion that happens to end "- ongoing" is not taken for one.
	 */
	private boolean markedItem(String text, NoteLine line) {
		Optional<UpdateMark.Mark> mark = UpdateMark.of(text);
		if (mark.isEmpty() || !ActionShape.hasMarker(text)) {
			return false;
		}
		String item = ActionShape.withoutMarker(mark.get().text());
		String untagged = LeadingOwnerTag.without(item);
		if (!mark.get().bracketed() && untagged.equals(item) && !ActionShape.looksLikeAction(item)) {
			return false;
		}
		ActionDraft draft = ledger.add(reportedOn(line.sourceLine(), item, mark.get().update()));
		if (mark.get().owner() != null) {
			ownerCells.apply(draft, mark.get().owner(), line.sourceLine());
		}
		return true;
	}

	/** A sentence that makes someone responsible for a follow-up ({@link CommitmentSentence}); true when it held one. */
	private boolean commitments(String text, NoteLine line) {
		steps.addAll(CommitmentSentence.steps(ActionShape.withoutMarker(text)));
		if (ledger.repeatOf(ActionKind.RAISED, text).isPresent()) {
			return false;
		}
		List<CommitmentSentence.Found> found = CommitmentSentence.in(ActionShape.withoutMarker(text));
		for (CommitmentSentence.Found one : found) {
			ActionDraft draft = new ActionDraft(line.sourceLine(), ActionKind.RAISED, one.text(), YearMonth.from(meetingDate));
			draft.sentenceBefore = DeadlineBefore.sentenceBefore(ActionShape.withoutMarker(text), one.at()).orElse(null);
			sentences.add(new Sentence(draft, true, one.subject(), one.calledAnAction()));
		}
		return !found.isEmpty();
	}

	/**
	 * Minutes that keep a list of their actions (under a heading, or in a table) list all of them: the sentences that
	 * read as commitments count only in minutes with no such list. A lone "Action:" line or tag is no list.
	 */
	private void addSentencesIfNothingListed() {
		boolean listed = ledger.drafts().stream()
			.anyMatch(d -> d.kind == ActionKind.RAISED && blocks.stream().noneMatch(b -> b.single && b.items.contains(d)));
		if (!listed) {
			// one action, one row: a sentence that says again what an "Action:" line already holds is that action
			List<ActionDraft> said = sentences.stream().filter(s -> !s.prose() || !ledger.holdsSimilar(s.draft().text()))
				.map(Sentence::draft).toList();
			said.forEach(ledger::add);
			return;
		}
		sentences.stream().filter(this::addsToTheList).map(Sentence::draft).forEach(ledger::add);
	}

	/**
	 * A commitment written in the minutes beside a list of actions that left it out ("Lewis will conduct the keyholder
	 * induction at a Wed Talkshop" where the summary lists only others): it counts when a person of the meeting owns it,
	 * or the minutes call it an action ("An action was created to review voting platforms"), and the list holds nothing
	 * on the same task.
	 */
	private boolean addsToTheList(Sentence sentence) {
		boolean owned = !sentence.subject().isEmpty()
				&& SUBJECT_PARTS.splitAsStream(sentence.subject()).anyMatch(part -> resolver.single(part.strip()).isPresent());
		return (owned || sentence.calledAnAction()) && !ledger.holdsSimilar(sentence.draft().text());
	}

	private void raisedNow(ActionDraft draft) {
		if (justRaised == null) {
			justRaised = new ArrayList<>();
		}
		justRaised.add(draft);
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
			// said only once the next line shows whether it was a lost owner column or a heading
			strayOwner = new StrayOwner(line.sourceLine(), fragment);
		}
	}

	/** An owner column with no action near, which may yet be a heading ({@link #settleStrayOwner}). */
	private record StrayOwner(int sourceLine, String fragment) {
	}

	/** The stray owner column just read, until the next line tells what it was. */
	private StrayOwner strayOwner;

	// matches: "All issues had been covered."   "Our Secretary had been in contact with our Treasurer ..."   (a sentence
	// of three words or more: what a title standing alone heads, not an action it owns)
	private static final Pattern REPORT_SENTENCE = Pattern.compile("^[A-Z]\\S*(?:\\s+\\S+){2,}?[.!?](?:\\s|$).*");

	/**
	 * A title standing alone with no action near, and a sentence below it (after any heading of its first matter), heads
	 * that officer's report ("**Chair**" over "All issues had been covered.", Govan 204 in ../shared/real): no owner
	 * column lost. Anything else below it, or nothing, and it is said to be an owner that named no action.
	 */
	private void settleStrayOwner(String next) {
		if (strayOwner == null) {
			return;
		}
		if (next != null && ProseReports.endsUpdates(next)) {
			// "Chair" over "Franchising of bus services" over the report: the title of its first matter comes between
			return;
		}
		if (next == null || !REPORT_SENTENCE.matcher(next.strip()).matches()) {
			ownerCells.reject(strayOwner.sourceLine(), "owner column '" + strayOwner.fragment() + "' is not next to any action; "
					+ "left unassigned");
		}
		strayOwner = null;
	}

	/** The owner column of the block just closed: right after it, or on one of its own rows. */
	private boolean lastBlockStillNear(NoteLine line) {
		ActionBlock last = blocks.get(blocks.size() - 1);
		return !last.items.isEmpty() && (linesSinceBlock == 0 || last.rows.contains(line.sourceLine()));
	}

	private void addItem(String text, NoteLine line) {
		Optional<UpdateMark.Mark> mark = UpdateMark.of(text);
		String item = mark.map(UpdateMark.Mark::text).orElse(text);
		ActionAttributes.Split split = ActionAttributes.split(CHECKBOX.matcher(ActionShape.withoutMarker(item)).replaceFirst(""), ownerCells::names);
		ActionDraft draft;
		if (mark.isPresent()) {
			// "Set quarterly meetings [closed for Helen Jeffrey]": an earlier action reported on, in its own words
			draft = ledger.add(reportedOn(line.sourceLine(), split.text(), mark.get().update()));
			if (mark.get().owner() != null) {
				ownerCells.apply(draft, mark.get().owner(), line.sourceLine());
			}
		}
		else {
			ActionDraft made = new ActionDraft(line.sourceLine(), ActionKind.RAISED, split.text(), YearMonth.from(meetingDate));
			draft = ledger.add(made);
			if (draft == made) {
				raisedNow(draft);
			}
		}
		if (split.owner() != null) {
			ownerCells.apply(draft, split.owner(), line.sourceLine());
			writtenOwners.putIfAbsent(draft, split.owner());
		}
		if (split.due() != null) {
			draft.dueCell = split.due();
		}
		block.add(draft, line.sourceLine(), ActionShape.markerKind(text));
		lastRaised = draft;
	}

	/** An earlier action reported on where it is listed: the month that raised it is not said. */
	private static ActionDraft reportedOn(int sourceLine, String wording, String update) {
		ActionDraft draft = new ActionDraft(sourceLine, ActionKind.BROUGHT_FORWARD, wording, null);
		draft.update = update;
		return draft;
	}

	/** A listed action that the status line below it shows is an earlier one: its owners and due cell stay with it. */
	private static ActionDraft reportedOn(ActionDraft listed, String statusLine) {
		ActionDraft draft = reportedOn(listed.sourceLine, listed.text(), statusLine);
		draft.ownersFromColumn(listed.columnOwners());
		draft.statusCell = listed.statusCell;
		return draft;
	}

	/**
	 * Notes that stop while a list of actions is still open, in mid-sentence or right after its heading, were cut
	 * off: what was read is kept, and a reject says that more may be missing.
	 */
	private void checkNotCutOff(ActionBlock open) {
		if (open.items.isEmpty()) {
			ownerCells.reject(open.headingLine, ENDS_AFTER_HEADING);
		}
		else if (!ENDS_AS_SENTENCE.matcher(open.last().text()).find()) {
			ownerCells.reject(open.last().sourceLine, ENDS_INSIDE_ACTIONS);
		}
	}

	private void closeBlock() {
		underSubheading = false;
		listParent = null;
		if (block != null) {
			block = null;
			linesSinceBlock = 0;
		}
	}

	/** The row's text without its trailing owner cell. */
	private static String textWithout(NoteLine line) {
		List<String> cells = line.cells();
		return NoteLine.of(line.sourceLine(), cells.subList(0, cells.size() - 1).toArray(String[]::new)).text();
	}

}
