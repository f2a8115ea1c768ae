package org.scrutiny.job;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Says how far a long step has got, so that a run over a year of notes or a national store does not sit silent for
 * minutes: "parseStep: 4,000 files so far (810 a second)", at most once every {@link #EVERY_NANOS}; a step shorter than
 * that says nothing more than Spring Batch's own start and end lines. One instance per step, counting again at each
 * run (a scheduled process runs the job many times); safe on every core.
 */
final class StepProgress<T> implements ItemWriteListener<T>, StepExecutionListener {

	private static final Logger LOG = LoggerFactory.getLogger(StepProgress.class);

	/** Ten seconds between two progress lines. */
	static final long EVERY_NANOS = 10_000_000_000L;

	private final LongSupplier nanoClock;

	private final Consumer<String> log;

	private final AtomicLong written = new AtomicLong();

	private volatile String step = "step";

	private volatile long started;

	private volatile long lastSaid;

	StepProgress() {
		this(System::nanoTime, LOG::info);
	}

	StepProgress(LongSupplier nanoClock, Consumer<String> log) {
		this.nanoClock = nanoClock;
		this.log = log;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		step = stepExecution.getStepName();
		written.set(0);
		started = nanoClock.getAsLong();
		lastSaid = started;
	}

	@Override
	public void afterWrite(Chunk<? extends T> items) {
		long files = written.addAndGet(items.size());
		long now = nanoClock.getAsLong();
		long last = lastSaid;
		if (now - last < EVERY_NANOS) {
			return;
		}
		synchronized (this) {
			if (lastSaid != last) {
				return;
			}
			lastSaid = now;
		}
		long perSecond = files * 1_000_000_000L / Math.max(1, now - started);
		log.accept(String.format(Locale.UK, "%s: %,d files so far (%,d a second)", step, files, perSecond));
	}

}
