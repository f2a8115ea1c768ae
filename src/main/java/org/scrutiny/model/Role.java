package org.scrutiny.model;

/**
 * Canonical roles of the people who meet to hold a force to account. Everything else is {@link #OTHER}, whose title
 * travels as written in {@link RoleRef#title()}.
 */
public enum Role {

	/** Police and Crime Commissioner, also Police, Fire and Crime Commissioner (PFCC). */
	PCC,
	/** Deputy Police and Crime Commissioner. */
	DPCC,
	/** Chief Constable. */
	CC,
	/** Deputy Chief Constable. */
	DCC,
	/** Assistant Chief Constable, of any portfolio. */
	ACC,
	/** Chief Executive of the commissioner's office. */
	CEX,
	/** Senior Policy Manager or Head of Policy. */
	SPM,
	/** Policy Officer or Policy Assistant. */
	PO,
	/** Staff Officer. */
	SO,
	/** Any other title (Treasurer, Director of Commercial Services, Notetaker...). */
	OTHER;

	/** Chief officers of the force and the commissioner's statutory officers: named in public reports. */
	public boolean isChiefOfficer() {
		return this == PCC || this == DPCC || this == CC || this == DCC || this == ACC || this == CEX;
	}

}
