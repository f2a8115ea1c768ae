package org.scrutiny.parse.actions;

import java.util.ArrayList;
import java.util.List;

import org.scrutiny.model.Reject;
import org.scrutiny.parse.owners.OwnerColumnResolver;

/**
 * Gives an action the owners a cell names ("Sarah Jones", "ACC / DPCC", "CFO"), and records the words that name
 * nobody as rejects of the file.
 */
public final class OwnerCells {

	private final String sourceFile;

	private final OwnerColumnResolver resolver;

	private final List<Reject> rejects = new ArrayList<>();

	public OwnerCells(String sourceFile, OwnerColumnResolver resolver) {
		this.sourceFile = sourceFile;
		this.resolver = resolver;
	}

	public void apply(ActionDraft draft, String cell, int sourceLine) {
		OwnerColumnResolver.Assignment assignment = resolver.resolveCell(cell);
		draft.ownersFromColumn(assignment.owners());
		assignment.unresolved().forEach(unknown -> reject(sourceLine,
				"owner '" + unknown + "' is neither a role nor a person in the attendance list"));
	}

	/** True when the text names owners and nothing else: "(PCC – November)" has an owner, "(uplift)" none. */
	public boolean names(String text) {
		OwnerColumnResolver.Assignment a = resolver.resolveCell(text);
		return !a.owners().isEmpty() && a.unresolved().isEmpty();
	}

	/** Resolves a block's owner column, recording the words that name nobody. */
	public void resolve(ActionBlock block) {
		for (String unknown : block.resolveOwners(resolver)) {
			reject(block.ownerLine(), "owner '" + unknown + "' in '" + block.ownerColumn()
					+ "' is neither a role nor a person in the attendance list");
		}
	}

	public boolean isOwnerColumn(String text) {
		return resolver.isOwnerColumn(text);
	}

	public void reject(int line, String reason) {
		rejects.add(new Reject(sourceFile, line, reason));
	}

	public List<Reject> rejects() {
		return List.copyOf(rejects);
	}

}
