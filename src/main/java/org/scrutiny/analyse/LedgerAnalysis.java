package org.scrutiny.analyse;

import java.time.YearMonth;
import java.util.List;

import org.scrutiny.analyse.LedgerInput.MeetingRef;

/**
 * Everything the reports say about the actions and topics, as at the end of a report period, from what is stored.
 */
public final class LedgerAnalysis {

	/**
	 * @param ledger every action across meetings, reports after the period included
	 * @param ages each action as at the end of the period, oldest first
	 * @param roleCounts per role, for the month and the twelve months to it
	 * @param topics per topic, from mentions up to the end of the period
	 */
	public record Figures(YearMonth period, List<LedgerEntry> ledger, List<CarryForwardAges.Age> ages,
			List<RoleCounts.Row> roleCounts, List<TopicRecurrence.Summary> topics) {
	}

	private LedgerAnalysis() {
	}

	/**
	 * @param ledger every body's ledger, as {@link LedgerBuilder} built it
	 * @param seen where each topic came up, at meetings up to the end of the period
	 */
	public static Figures at(YearMonth period, List<MeetingRef> meetings, List<LedgerEntry> ledger,
			List<TopicRecurrence.Seen> seen, TopicRecurrence recurrence) {
		List<CarryForwardAges.Age> ages = CarryForwardAges.at(period.atEndOfMonth(), ledger, meetings);
		return new Figures(period, ledger, ages, RoleCounts.of(period, ledger), recurrence.summarise(seen, ages));
	}

}
