package org.scrutiny.store;

/**
 * What the ledger holds after a run, for the summary line.
 */
public record LedgerCounts(long meetings, long actionsRaised, long broughtForward, long rejects) {

}
