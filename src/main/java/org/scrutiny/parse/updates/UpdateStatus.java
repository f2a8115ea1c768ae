package org.scrutiny.parse.updates;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.scrutiny.model.ActionStatus;
import org.scrutiny.parse.text.Keyword;

/**
 * Whether an update on a brought-forward action leaves it open: it is open while the update says the work goes on.
 */
public final class UpdateStatus {

	// matches: Ongoing   on-going   in progress   not yet   awaiting   remains outstanding   pending   to be confirmed
	// matches: "Partially complete. Simon Denison commissioned ..."   (part done is not done)
	// matches: "see agenda item 6"   (reported on under another item of this meeting: still open here)
	// matches: "on hold"   (paused, not done: "Deliverables - on hold.", RSE-AUNZ 306 in ../shared/real)
	private static final Pattern STILL_OPEN = Pattern.compile("(?i)\\b(?:partially|partly|on-?\\s?going|in\\s+progress|not\\s+yet|await(?:ing|s)?|"
			+ "outstanding|remains?\\s+open|pending|continuing|continues|to\\s+be\\s+confirmed|tbc|deferred|carried\\s+forward|"
			+ "c/f|on\\s+hold|under\\s+way|underway|still\\s+to\\s+be|yet\\s+to\\s+be|not\\s+(?:started|begun|complete[d]?|done)|"
			+ "see\\s+(?:agenda\\s+)?item)\\b");

	/**
	 * One of these is in every phrase {@link #STILL_OPEN} knows, but "c/f", which has its slash: an update with none of
	 * them ("Complete – report circulated") is spared the pattern's scan.
	 */
	private static final List<Keyword> STILL_OPEN_WORDS = Stream.of("part", "going", "progress", "not", "await", "outstanding",
			"remain", "pending", "continu", "confirmed", "tbc", "deferred", "forward", "hold", "way", "still", "yet", "item")
		.map(Keyword::of)
		.toList();

	private UpdateStatus() {
	}

	// matches: Complete   Completed   Closed   Discharged   Done   Achieved   Green   Superseded and thus closed
	private static final Pattern CLOSED_CELL = Pattern.compile("(?i)^\\W*(?:closed|complete(?:d)?|done|discharged|achieved|superseded|"
			+ "finished|resolved|delivered|green)\\b(?!.*\\b(?:not|partially|on-?going|in\\s+progress)\\b)");

	/** A status cell decides; an empty one leaves it to the update's words. */
	public static ActionStatus of(String statusCell, String update) {
		if (statusCell == null || statusCell.isBlank()) {
			return of(update);
		}
		return CLOSED_CELL.matcher(statusCell).find() ? ActionStatus.CLOSED : ActionStatus.OPEN;
	}

	/** Open when the update says the work goes on, or when no update was given; closed otherwise. */
	public static ActionStatus of(String update) {
		if (update == null || update.isBlank()) {
			return ActionStatus.OPEN;
		}
		boolean mayBeOpen = update.indexOf('/') >= 0 || Keyword.anyIn(update, STILL_OPEN_WORDS);
		return mayBeOpen && STILL_OPEN.matcher(update).find() ? ActionStatus.OPEN : ActionStatus.CLOSED;
	}

}
