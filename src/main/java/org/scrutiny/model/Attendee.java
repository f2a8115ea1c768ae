package org.scrutiny.model;

/**
 * A person listed as attending or sending apologies.
 *
 * @param name the name as written
 * @param role the role they held at the meeting
 * @param status present or apology
 * @param initials initials the notes define for them ("Jane Smith (JS)"), or derived from the name
 */
public record Attendee(String name, RoleRef role, AttendanceStatus status, String initials) {

}
