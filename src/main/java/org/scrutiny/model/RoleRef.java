package org.scrutiny.model;

import java.util.Objects;

/**
 * A role as the notes give it: {@code T/DCC} is {@code new RoleRef(DCC, true, "T/DCC")}.
 *
 * @param role the canonical role
 * @param temporary an acting or temporary holder ("T/DCC", "Acting", "Temporary")
 * @param title the title as written; for {@link Role#OTHER} it is what the exports show
 */
public record RoleRef(Role role, boolean temporary, String title) {

	public RoleRef {
		Objects.requireNonNull(role, "role");
		title = title == null ? "" : title.strip();
	}

	public static RoleRef of(Role role) {
		return new RoleRef(role, false, role.name());
	}

	/** The value of a {@code role} or {@code owners} cell: the code, or for OTHER the title as written. */
	public String code() {
		return role == Role.OTHER && !title.isEmpty() ? title : role.name();
	}

}
