package org.scrutiny.model;

public enum ActionStatus {

	OPEN, CLOSED;

	public String csv() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
