package org.scrutiny.model;

public enum AttendanceStatus {

	PRESENT, APOLOGY;

	public String csv() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
