package org.scrutiny.parse.updates;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.scrutiny.model.ActionKind;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.actions.ActionDraft;
import org.scrutiny.parse.layout.ActionShape;
import org.scrutiny.parse.text.Keyword;
import org.scrutiny.parse.text.Spaces;

/**
 * One agenda item under a brought-forward heading: the action as first recorded, then its update. Numbered actions
 * with numbered updates ("1. The CEx to work..." ... "Update: 1. Ongoing") are one action each; otherwise the item
 * is one action, worded by its title and first sentence.
 */
final class BroughtForwardItem {

	// matches: "1." in "1. Ongoing"   "2)" in "2) A written report was submitted"
	private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2})[.)]\\s+(.*)$");

	// matches: the end of the first sentence in "... agreed in August 2018. The update provided ..."
	// (the look-ahead for a space only repeats what follows: it spares the look-behind at every other place)
	private static final Pattern SENTENCE_END = Pattern.compile("(?=\\s)(?<=[a-z0-9)'\u2019][.!])\\s+(?=[A-Z])");

	// matches: " Update: shared on 1 March."  " Update – Complete, ..."   (an update on the same line as its action)
	// matches: " Update 16.02.22 - " in "... rural areas. Update 16.02.22 - complete, report circulated."   (dated)
	private static final Pattern INLINE_UPDATE = Pattern.compile("\\s(?:update|progress)(?:\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})?\\s*(?::|[-\u2013\u2014])\\s*",
			Pattern.CASE_INSENSITIVE);

	// matches: " – completed;"  " – remains open;"  " – ONGOING ("  ". Action closed."  ". Closed."   (where the update begins)
	// matches: " c/f" in "The PCC to write to the Home Office about funding. c/f"   (carried forward)
	private static final Pattern STATUS_TAIL = Pattern.compile("(?i)(?:\\s[-\u2013\u2014]\\s|(?<=[.;])\\s+)(?=(?:action\\s+)?(?:closed|complete[d]?|"
			+ "discharged|done|remains\\s+(?:open|in\\s+progress)|on-?going|open|in\\s+progress|carried\\s+forward|c/f|deferred|superseded)\\b)");

	// matches: "Mailing list – a list has been created."   "Survey of requirements for TopCAT – Wayne – Done."
	// (a listed action, then after its last dash how it stands; the wording keeps any owner named between)
	private static final Pattern DASHED_STATUS = Pattern.compile("^(.+?\\S)\\s+[-\u2013\u2014]\\s+((?:(?!\\s[-\u2013\u2014]\\s).)+)$");

	// matches: "Alistair."   "JFP"   (an owner after the dash, not a status: "Write minutes – Alistair.")
	// (not "Received." nor "Done.": a status word alone is the status)
	private static final Pattern NAME_ONLY = Pattern.compile("^(?!(?i:received|done|closed|complete[d]?|on-?going|open|pending|"
			+ "deferred|delivered|achieved|sent)\\b)[A-Z][A-Za-z'\u2019-]*\\.?$");

	// matches: ":" and the spaces at the end of "Hire cars: "
	private static final Pattern TRAILING_COLON = Pattern.compile("[:\\s]+$");

	// matches: (Report on the vetting backlog)   (a wording wholly in brackets)
	private static final Pattern BRACKETED = Pattern.compile("^\\((.*)\\)$");

	/** One is in every status {@link #STATUS_TAIL} knows: an action without one is spared the pattern. */
	private static final List<Keyword> STATUS_WORDS = Stream.of("closed", "complete", "discharged", "done", "remains",
			"going", "open", "progress", "forward", "deferred", "superseded")
		.map(Keyword::of)
		.toList();

	/** One is in every inline update. */
	private static final List<Keyword> UPDATE_WORDS = List.of(Keyword.of("update"), Keyword.of("progress"));

	final YearMonth origin;

	final String title;

	private final List<NoteLine> text = new ArrayList<>();

	private final List<NoteLine> update = new ArrayList<>();

	private boolean inUpdate;

	BroughtForwardItem(YearMonth origin, String title) {
		this.origin = origin;
		this.title = title == null ? "" : TRAILING_COLON.matcher(title.strip()).replaceAll("");
	}

	/** The owner cells of the item's rows, resolved when the item is closed. */
	private final StringBuilder ownerCells = new StringBuilder();

	void addOwnerCell(String cell) {
		if (cell != null) {
			ownerCells.append(' ').append(cell);
		}
	}

	String ownerCell() {
		return ownerCells.toString().strip();
	}

	void add(NoteLine line) {
		Matcher inline = INLINE_UPDATE.matcher(line.text());
		if (!inUpdate && Keyword.anyIn(line.text(), UPDATE_WORDS) && inline.find()) {
			text.add(NoteLine.of(line.sourceLine(), line.text().substring(0, inline.start())));
			startUpdate(line.text().substring(inline.end()), line);
			return;
		}
		(inUpdate ? update : text).add(line);
	}

	boolean inUpdate() {
		return inUpdate;
	}

	void startUpdate(String sameLine, NoteLine line) {
		inUpdate = true;
		if (!sameLine.isBlank()) {
			update.add(NoteLine.of(line.sourceLine(), sameLine));
		}
	}

	boolean isEmpty() {
		return text.isEmpty() && title.isEmpty();
	}

	List<ActionDraft> drafts() {
		Map<Integer, ActionDraft> numbered = numbered();
		Map<Integer, String> updates = numberedText(update);
		if (numbered.size() > 1 && updates.keySet().containsAll(numbered.keySet())) {
			numbered.forEach((n, draft) -> draft.update = updates.get(n));
			return List.copyOf(numbered.values());
		}
		if (text.isEmpty()) {
			return title.isEmpty() ? List.of() : List.of(draft(title, 0));
		}
		String whole = joined(text);
		String reported = joined(update);
		Matcher status = STATUS_TAIL.matcher(whole);
		if (reported.isEmpty() && (Keyword.anyIn(whole, STATUS_WORDS) || whole.contains("c/f")) && status.find()) {
			// "... vetting review) – completed; the timetable was circulated", "... was received. Action closed."
			reported = whole.substring(status.end()).strip();
			whole = whole.substring(0, status.start()).strip();
		}
		Matcher dashed = DASHED_STATUS.matcher(whole);
		if (reported.isEmpty() && text.size() == 1 && hasDash(whole) && dashed.matches() && !NAME_ONLY.matcher(dashed.group(2)).matches()
				&& !ActionShape.looksLikeAction(dashed.group(2))) {
			// "Mailing list – a list has been created.": the wording, a dash, then how it stands (not "Incident reports -
			// ??? - investigate damage to courtyard bench.", where the task itself comes last)
			reported = dashed.group(2).strip();
			whole = dashed.group(1).strip();
		}
		String lead = BRACKETED.matcher(SENTENCE_END.split(whole, 2)[0].strip()).replaceAll("$1");
		String wording = ActionShape.looksLikeAction(lead) || title.isEmpty() ? lead : title + ": " + lead;
		ActionDraft draft = draft(wording, text.get(0).sourceLine());
		draft.update = reported;
		return List.of(draft);
	}

	private Map<Integer, ActionDraft> numbered() {
		Map<Integer, ActionDraft> out = new LinkedHashMap<>();
		ActionDraft current = null;
		for (NoteLine line : text) {
			Matcher m = NUMBERED.matcher(line.text());
			if (m.matches()) {
				current = draft(m.group(2), line.sourceLine());
				out.put(Integer.parseInt(m.group(1)), current);
			}
			else if (current != null && ActionShape.isContinuation(line.text())) {
				current.continueWith(line.text());
			}
		}
		return out;
	}

	private static Map<Integer, String> numberedText(List<NoteLine> lines) {
		Map<Integer, String> out = new LinkedHashMap<>();
		Integer current = null;
		for (NoteLine line : lines) {
			Matcher m = NUMBERED.matcher(line.text());
			if (m.matches()) {
				current = Integer.parseInt(m.group(1));
				out.put(current, m.group(2).strip());
			}
			else if (current != null) {
				out.merge(current, line.text(), (a, b) -> a + " " + b);
			}
		}
		return out;
	}

	private ActionDraft draft(String wording, int line) {
		return new ActionDraft(line, ActionKind.BROUGHT_FORWARD, wording, origin);
	}

	/** A dash between words, which {@link #DASHED_STATUS} needs: most lines are spared the pattern. */
	private static boolean hasDash(String s) {
		return s.indexOf('\u2013') >= 0 || s.indexOf('\u2014') >= 0 || s.contains(" - ");
	}

	private static String joined(List<NoteLine> lines) {
		return Spaces.collapse(String.join(" ", lines.stream().map(NoteLine::text).toList())).strip();
	}

}
