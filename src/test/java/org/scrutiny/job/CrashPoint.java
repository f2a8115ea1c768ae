package org.scrutiny.job;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Test only: makes a named step stop dead in the middle of its work, so that a test can kill the process there. Given
 * to the application as an extra source ({@code --spring.main.sources=org.scrutiny.job.CrashPoint}) with
 * {@code --scrutiny.test.pause-at=storeStep:2}: after the second file of storeStep is processed (its chunk not yet
 * committed), or after the work of a tasklet step (before its commit), it prints {@value #REACHED} and waits.
 */
class CrashPoint {

	static final String REACHED = "CRASH-POINT reached";

	static final String PROPERTY = "scrutiny.test.pause-at";

	@Bean
	static BeanPostProcessor pauseAtCrashPoint(Environment environment) {
		String[] at = environment.getProperty(PROPERTY, "none:0").split(":");
		String step = at[0];
		int items = Integer.parseInt(at[1]);
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof ChunkOrientedStep<?, ?> any && any.getName().equals(step)) {
					@SuppressWarnings("unchecked")
					ChunkOrientedStep<Object, Object> chunks = (ChunkOrientedStep<Object, Object>) any;
					chunks.registerItemProcessListener(new ItemProcessListener<Object, Object>() {

						private int processed;

						@Override
						public void afterProcess(Object item, Object result) {
							if (++processed >= items) {
								pause(step);
							}
						}

					});
				}
				else if (bean instanceof TaskletStep tasklet && tasklet.getName().equals(step)) {
					tasklet.registerChunkListener(new ChunkListener<Object, Object>() {

						@Override
						public void afterChunk(ChunkContext context) {
							pause(step);
						}

					});
				}
				return bean;
			}

		};
	}

	private static void pause(String step) {
		System.out.println(REACHED + " in " + step);
		System.out.flush();
		try {
			Thread.sleep(Long.MAX_VALUE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
