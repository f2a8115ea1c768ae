/**
 * Reads one meeting from its normalised notes. {@link org.scrutiny.parse.MeetingParser} is all the rest of the program
 * sees, with its {@link org.scrutiny.parse.ParseResult}; {@code ActionExtractor} walks the agenda line by line and
 * hands each line to the rules of the sub-packages, which are named by what they read:
 * <ul>
 * <li>{@code people}: who attended and who sent apologies;</li>
 * <li>{@code header}: the meeting's own particulars (body, date, labelled fields, the next meeting);</li>
 * <li>{@code tables}: action logs laid out as tables;</li>
 * <li>{@code updates}: reports on actions brought forward from earlier meetings;</li>
 * <li>{@code actions}: actions raised and the meeting's list of them;</li>
 * <li>{@code owners}: who an owner cell or an action's subject names;</li>
 * <li>{@code layout}: what a line is on the page (a heading, a list item, a marking);</li>
 * <li>{@code roles}: titles and their canonical role codes;</li>
 * <li>{@code text}: the words, spaces and date fragments every rule compares by.</li>
 * </ul>
 * A package uses only those below it in this list, and no rule calls back into the meeting parser
 * ({@code ArchitectureTests} checks both).
 */
package org.scrutiny.parse;
