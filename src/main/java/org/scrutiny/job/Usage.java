package org.scrutiny.job;

import java.util.Arrays;

/**
 * What {@code --help} prints: the usage, the options and the exit codes. Printed before anything starts, so asking for
 * help never opens the store.
 */
final class Usage {

	static final String TEXT = """
			Scrutiny: reads police accountability meeting notes into a ledger and writes its CSVs.

			Usage: %s

			Options:
			  --input=DIR             the folder of meeting notes to read (default: input)
			  --output=DIR            where the <YYYY-MM> period folders are written (default: output)
			  --period=YYYY-MM        export every stored meeting up to the end of this month
			                          (default: the month of the latest stored meeting)
			  --public-only           write the transparency outputs only, not the internal CSVs
			  --schedule              stay up and run on the cron schedule, each time for the month just ended
			                          (--scrutiny.schedule.cron='0 0 6 1 * *' is 06:00 on the 1st, the default)
			  --scrutiny.topics=FILE  a topic taxonomy of your own (topic,terms)
			  --scrutiny.report.max-rows=N
			                          the most rows each long list of the PDFs prints (default: 200); the CSVs
			                          have them all
			  --scrutiny.store.cache-mb=N
			                          the file store's rows kept in memory, in MB (default: 128), from its
			                          next opening
			  --spring.datasource.url=URL
			                          the ledger database (default: jdbc:hsqldb:file:./data/scrutiny;...)
			  --help                  this text

			Each run leaves run-log.txt in its period folder: files read, rejects, files written, step timings.

			Exit codes:
			  0  the run completed; rejects, if any, are in rejects.csv and the log
			  2  bad arguments: one line says what to change; nothing was run
			  3  another run holds the store; nothing was run. Try again when it has finished
			  4  the run failed; run the same command again to carry on from where it stopped
			""".formatted(LaunchOptions.USAGE);

	private Usage() {
	}

	/** Whether the command line asks for help ({@code --help} or {@code -h}), whatever else it says. */
	static boolean asked(String... args) {
		return Arrays.stream(args).anyMatch(arg -> arg.equals("--" + LaunchOptions.HELP) || arg.equals("-h"));
	}

}
