package org.scrutiny.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults of a run, from {@code application.yml} ({@code scrutiny.*}); {@code --input}, {@code --output} and
 * {@code --period} on the command line override them.
 *
 * @param input the folder of notes to read
 * @param output the folder the period folders of CSVs go into
 * @param period the month to export up to, or null for the month of the latest stored meeting
 * @param topics a topic taxonomy CSV of your own ({@code topic,terms}), or null for the one built in
 */
@ConfigurationProperties("scrutiny")
public record ScrutinyProperties(Path input, Path output, YearMonth period, Path topics) {

	public ScrutinyProperties {
		input = input == null ? Path.of("input") : input;
		output = output == null ? Path.of("output") : output;
	}

}
