package org.scrutiny.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** A long step says how far it has got, every ten seconds, and a short one says nothing. */
class StepProgressTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong clock = new AtomicLong();

	private final List<String> said = new ArrayList<>();

	private final StepProgress<String> progress = new StepProgress<>(clock::get, said::add);

	@Test
	void aLongStepSaysHowManyFilesItHasDoneEveryTenSeconds() {
		progress.beforeStep(MetaDataInstanceFactory.createStepExecution("parseStep", 1L));
		for (int second = 1; second <= 25; second++) {
			clock.addAndGet(SECOND);
			progress.afterWrite(chunkOf(100));
		}
		assertThat(said).containsExactly("parseStep: 1,000 files so far (100 a second)",
				"parseStep: 2,000 files so far (100 a second)");
	}

	@Test
	void aShortStepSaysNothing() {
		progress.beforeStep(MetaDataInstanceFactory.createStepExecution("ingestStep", 1L));
		clock.addAndGet(9 * SECOND);
		progress.afterWrite(chunkOf(5_000));
		assertThat(said).isEmpty();
	}

	@Test
	void eachRunCountsAgain() {
		progress.beforeStep(MetaDataInstanceFactory.createStepExecution("storeStep", 1L));
		clock.addAndGet(20 * SECOND);
		progress.afterWrite(chunkOf(400));
		progress.beforeStep(MetaDataInstanceFactory.createStepExecution("storeStep", 2L));
		clock.addAndGet(10 * SECOND);
		progress.afterWrite(chunkOf(50));
		assertThat(said).containsExactly("storeStep: 400 files so far (20 a second)", "storeStep: 50 files so far (5 a second)");
	}

	private static Chunk<String> chunkOf(int files) {
		Chunk<String> chunk = new Chunk<>();
		for (int i = 0; i < files; i++) {
			chunk.add("file" + i);
		}
		return chunk;
	}

}
