/**
 * Action logs laid out as tables: a header row naming the columns ("Ref | Action | Owner | Due", "Action | Lead |
 * Deadline | Status | Update"), then one row an action, on tab-separated lines or with the cells printed one per line
 * by text extraction ("Ref", "Raised", "Action", "Owner", "Due", "Status" stacked). A row is raised or brought forward as
 * its table or heading says.
 */
package org.scrutiny.parse.tables;
