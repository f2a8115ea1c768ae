/**
 * Who owns an action: an owner column ("1.ACC 2.ACC 3.DPC C/ACC" is three owners by number), an owner cell ("ACC /
 * DPCC", "Sarah Jones"), or the action's own subject ("DPCC and ACC to work with..."). Owners are role codes, titles, or
 * people of the attendance list by name, surname, rank and surname ("DCC Smith") or initials ("JS"), resolved through
 * the meeting's {@code PeopleIndex}.
 */
package org.scrutiny.parse.owners;
