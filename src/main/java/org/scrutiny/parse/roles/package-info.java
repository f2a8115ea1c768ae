/**
 * Titles as the notes write them, given their canonical role: "T/Deputy Chief Constable (DCC)" is an acting DCC, "Chief
 * Executive for the Police and Crime Commissioner (CEx)" the CEX, "Treasurer" a title outside the canonical roles. Read
 * by attendance lists, owner cells and the headings that must not be taken for a person's title.
 */
package org.scrutiny.parse.roles;
