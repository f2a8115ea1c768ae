/**
 * The meeting's own particulars from the head of the notes: the body that met ("Minutes of the Police Accountability
 * Board held on 3 May 2019"), the date and start time ("Thursday 26 November 2020, 10:00"), the labelled fields
 * ("Chair: ...", "Minutes: Jackie Irvin, Policy Officer, OPCC", "Venue ..."), and the date of the next meeting from the
 * closing agenda item ("DATE OF NEXT MEETING").
 */
package org.scrutiny.parse.header;
