package org.scrutiny.job;

import java.time.YearMonth;

import org.scrutiny.analyse.LedgerAnalysis;
import org.scrutiny.analyse.LedgerInput.MeetingRef;
import org.scrutiny.analyse.TopicRecurrence;
import org.scrutiny.analyse.TopicTaxonomy;
import org.scrutiny.store.JdbcMeetingStore;
import org.scrutiny.store.LedgerBodies;
import org.scrutiny.store.LedgerEntries;
import org.scrutiny.store.LedgerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Scans newly stored meetings for topics, brings the ledger up to date ({@link LedgerRefresh}), and replaces the figures of the period (the one asked for, or the month of the latest meeting). Runs in one
 * transaction: a run cut short leaves the last ledger and figures.
 */
class AnalyseTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(AnalyseTasklet.class);

	private final LedgerStore ledger;

	private final LedgerRefresh ledgerRefresh;

	private final LedgerEntries entries;

	private final JdbcMeetingStore meetings;

	private final TopicTaxonomy taxonomy;

	private final YearMonth requestedPeriod;

	AnalyseTasklet(LedgerStore ledger, LedgerBodies bodies, LedgerEntries entries, JdbcMeetingStore meetings,
			TopicTaxonomy taxonomy, YearMonth requestedPeriod) {
		this.ledger = ledger;
		this.ledgerRefresh = new LedgerRefresh(bodies, entries, ledger);
		this.entries = entries;
		this.meetings = meetings;
		this.taxonomy = taxonomy;
		this.requestedPeriod = requestedPeriod;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		YearMonth period = meetings.period(requestedPeriod).orElse(null);
		if (period == null) {
			log.info("No meeting is stored yet: nothing to analyse");
			return RepeatStatus.FINISHED;
		}
		TopicRecurrence recurrence = new TopicRecurrence(taxonomy);
		String topicsFingerprint = taxonomy.fingerprint();
		for (MeetingRef meeting : ledger.unscanned(topicsFingerprint)) {
			ledger.replaceMentions(meeting, topicsFingerprint, recurrence.mentions(meeting, ledger.lines(meeting.sourceFile())));
		}
		ledgerRefresh.run();
		LedgerAnalysis.Figures figures = LedgerAnalysis.at(period, ledger.meetings(), entries.all(),
				ledger.topicsSeen(period.atEndOfMonth()), recurrence);
		ledger.replaceFigures(period, figures.ages(), figures.roleCounts(), figures.topics());
		long open = figures.ages().stream().filter(a -> a.status() == org.scrutiny.model.ActionStatus.OPEN).count();
		long dropped = figures.ages().stream().filter(a -> a.silentDrop()).count();
		log.info("Analysed {}: {} actions in the ledger, {} open at the end of the month ({} never reported on since "
				+ "raised), {} topics", period, figures.ages().size(), open, dropped, figures.topics().size());
		return RepeatStatus.FINISHED;
	}

}
