/**
 * Who attended and who sent apologies, as attendance lists write them: a "Present:" list, a table of label, name and
 * capacity, or a name and title run together on one line ("Andy Champness Chief Executive Officer, OPCC (CEX)"). Each
 * person comes out with a name, a role and their initials, which is what {@code owners} resolves owners through.
 */
package org.scrutiny.parse.people;
