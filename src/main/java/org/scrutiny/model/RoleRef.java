package org.scrutiny.model;

import java.util.Objects;

/**
 * A role as the notes give it: {@code T/DCC} is {@code new RoleRef(DCC, true, "T/DCC")}.
 *
 * @param role the canonical role
 * @param temporary an acting or temporary holder ("T/DCC", "Acting", "Temporary")
 * @param title the title as written; for {@link Role#OTHER} it is what the exports show
 * @param person the person who holds it, where the notes name them (an owner written "PF" or "Janet" and found in the
 *        attendance list); empty for a role alone
 */
public record RoleRef(Role role, boolean temporary, String title, String person) {

	public RoleRef {
		Objects.requireNonNull(role, "role");
		title = title == null ? "" : title.strip();
		person = person == null ? "" : person.strip();
	}

	/** A role alone, held by nobody the notes name. */
	public RoleRef(Role role, boolean temporary, String title) {
		this(role, temporary, title, "");
	}

	/** The same role, held by the person named. */
	public RoleRef heldBy(String name) {
		return new RoleRef(role, temporary, title, name);
	}

	/**
	 * Who an {@code owner_names} cell names: the person where the notes name one, else a title outside the canonical
	 * roles as written ("Clerk", "Secretariat"); empty for a canonical role alone.
	 */
	public String ownerName() {
		return !person.isEmpty() ? person : role == Role.OTHER ? title : "";
	}

	public static RoleRef of(Role role) {
		return new RoleRef(role, false, role.name());
	}

	/**
	 * The value of a {@code role} or {@code owners} cell: the code; for OTHER the title as written, or else the person
	 * who holds it (a committee member "Katie Davis" reads as who she is, not as "OTHER").
	 */
	public String code() {
		if (role != Role.OTHER) {
			return role.name();
		}
		return !title.isEmpty() ? title : !person.isEmpty() ? person : role.name();
	}

}
