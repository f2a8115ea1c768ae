package org.scrutiny.model;

public enum ActionKind {

	/** Raised at this meeting. */
	RAISED,
	/** Raised at an earlier meeting and reported on at this one. */
	BROUGHT_FORWARD;

	public String csv() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
