/**
 * The actions a meeting raises and the meeting's list of them: each action as it is read ("ACC to provide the number of
 * placements (DCC – next meeting)"), its owner and due date written into its own line ("Owner: Sarah Jones. Due: 30
 * June 2019"), when it is due ("by the next meeting", "within two weeks", "end of Q2"), and each action once though
 * multi-column extraction printed it twice.
 */
package org.scrutiny.parse.actions;
