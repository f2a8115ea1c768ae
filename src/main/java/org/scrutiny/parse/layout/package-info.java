/**
 * What a line is on the page, before anything is read from it: an agenda heading ("3. HMICFRS PEEL inspection") and
 * the agenda's numbering, a heading that opens a list of actions ("Actions arising:") or names the meeting whose
 * actions are reported on below it ("Actions arising from the meeting of 12 January 2020"), a list item or the line that
 * continues it, and a protective marking ("OFFICIAL-SENSITIVE") that keeps a passage out of what is published.
 */
package org.scrutiny.parse.layout;
