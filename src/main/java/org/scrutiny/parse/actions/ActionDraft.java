package org.scrutiny.parse.actions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scrutiny.model.ActionKind;
import org.scrutiny.model.RoleRef;

/**
 * An action while the notes are still being read: its text may grow over wrapped lines and its owners may arrive
 * rows later from a loose owner column.
 */
public final class ActionDraft {

	public final int sourceLine;

	public final ActionKind kind;

	public final YearMonth raisedIn;

	private String text;

	/** The text as {@link ActionLedger#key} reads it, kept until the text changes. */
	private String key;

	/** The words of {@link #key}, kept as long as it is. */
	private Set<String> words;

	private List<RoleRef> columnOwners = List.of();

	public String update = "";

	/** The due cell of an action table, read once the next meeting's date is known; null when there is none. */
	public String dueCell;

	/**
	 * The sentence just before a commitment written as prose, in the same paragraph ("residents were encouraged to
	 * complete this online consultation before 31st January 2024."), where it may give the deadline; null otherwise.
	 */
	public String sentenceBefore;

	/**
	 * True for a paragraph of an agenda item that reports on an earlier action only if one was raised under the same
	 * item: linked to none, it is nothing, not an update that lost its action.
	 */
	public boolean itemParagraph;

	/** The status cell of an action table ("Complete", "Ongoing"); null when there is none. */
	public String statusCell;

	public ActionDraft(int sourceLine, ActionKind kind, String text, YearMonth raisedIn) {
		this.sourceLine = sourceLine;
		this.kind = kind;
		this.text = text.strip();
		this.raisedIn = raisedIn;
	}

	public String text() {
		return text;
	}

	String key() {
		if (key == null) {
			key = ActionLedger.key(text);
		}
		return key;
	}

	Set<String> words() {
		if (words == null) {
			words = ActionLedger.words(key());
		}
		return words;
	}

	public void continueWith(String more) {
		text = (text + " " + more.strip()).strip();
		key = null;
		words = null;
	}

	/** A fuller copy of the same action (a repeat that the extraction cut less short) replaces the text. */
	void preferText(String other) {
		if (other.length() > text.length()) {
			text = other;
			key = null;
			words = null;
		}
	}

	/** Owners from an owner column; the first column to name any wins over later repeats. */
	public void ownersFromColumn(List<RoleRef> owners) {
		if (columnOwners.isEmpty() && !owners.isEmpty()) {
			columnOwners = new ArrayList<>(owners);
		}
	}

	public List<RoleRef> columnOwners() {
		return columnOwners;
	}

}
