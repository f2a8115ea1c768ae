package org.scrutiny.parse.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.scrutiny.model.RoleRef;
import org.scrutiny.parse.owners.OwnerColumnResolver;

/**
 * The actions under one "Actions arising" heading (or the actions one table row repeats), with whatever its owner
 * column says. Owners are resolved once the whole meeting is read, because a loose owner column can arrive after
 * the block has ended.
 */
public final class ActionBlock {

	// matches: 1.ACC 2.ACC   DPCC 2.CEx   (a column that numbers its owners)
	private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

	public final List<ActionDraft> items = new ArrayList<>();

	private final StringBuilder ownerColumn = new StringBuilder();

	/** Source line of the owner column's first fragment, for rejects. */
	private int ownerLine;

	/** Source lines the block's items stand on: an owner cell on one of those rows belongs here. */
	public final java.util.Set<Integer> rows = new java.util.HashSet<>();

	/** The first item's kind of list marker ("bullet", "number", "" for none): an unmarked line after a marked list ends it. */
	public String firstMarker = "";

	/** The line of the heading that opened the block. */
	public int headingLine;

	/** A single "Action:" line takes continuation lines only. */
	public final boolean single;

	public ActionBlock(boolean single) {
		this.single = single;
	}

	public void add(ActionDraft item, int row, String markerKind) {
		if (items.isEmpty() && rows.isEmpty()) {
			firstMarker = markerKind;
		}
		if (!items.contains(item)) {
			items.add(item);
		}
		rows.add(row);
	}

	public ActionDraft last() {
		return items.get(items.size() - 1);
	}

	public void addOwners(String fragment, int line) {
		if (ownerColumn.length() == 0) {
			ownerLine = line;
		}
		ownerColumn.append(' ').append(fragment.strip());
	}

	/**
	 * Gives each item the owners its column names: by number, or in turn; one owner for a whole block of several is
	 * everyone's. Returns the owner words that named nobody.
	 */
	List<String> resolveOwners(OwnerColumnResolver resolver) {
		String column = ownerColumn.toString().strip();
		if (column.isEmpty() || items.isEmpty()) {
			return List.of();
		}
		List<OwnerColumnResolver.Assignment> assignments = resolver.resolve(column);
		List<String> unresolved = new ArrayList<>();
		boolean oneForAll = assignments.size() == 1 && !HAS_DIGIT.matcher(column).matches();
		for (OwnerColumnResolver.Assignment a : assignments) {
			unresolved.addAll(a.unresolved());
			List<RoleRef> owners = a.owners();
			if (oneForAll) {
				items.forEach(item -> item.ownersFromColumn(owners));
			}
			else if (a.ordinal() >= 1 && a.ordinal() <= items.size()) {
				items.get(a.ordinal() - 1).ownersFromColumn(owners);
			}
		}
		return unresolved;
	}

	int ownerLine() {
		return ownerLine;
	}

	String ownerColumn() {
		return ownerColumn.toString().strip();
	}

}
