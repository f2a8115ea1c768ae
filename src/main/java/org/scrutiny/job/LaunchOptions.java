package org.scrutiny.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.ApplicationArguments;

/**
 * The options of a run, read from the command line over the {@link ScrutinyProperties} defaults, and the job
 * parameters they make. Spring properties ({@code --spring.datasource.url=...}, {@code --logging.level.x=...},
 * {@code --debug}) pass through to Boot.
 *
 * @param input the notes folder, absolute
 * @param output the output folder, absolute
 * @param period the month to export up to, or null for the month of the latest stored meeting
 * @param publicOnly write the transparency outputs only ({@code --public-only}), not the internal CSVs
 * @param schedule stay up and run every month on the cron schedule ({@code --schedule}) instead of once
 */
record LaunchOptions(Path input, Path output, YearMonth period, boolean publicOnly, boolean schedule) {

	static final String INPUT = "input";

	static final String OUTPUT = "output";

	static final String PERIOD = "period";

	/** Job parameter (and option) for a run that writes the transparency outputs only; its value is "true". */
	static final String PUBLIC_ONLY = "public-only";

	static final String SCHEDULE = "schedule";

	static final String HELP = "help";

	static final String USAGE = "java -jar scrutiny.jar [--input=DIR] [--output=DIR] [--period=YYYY-MM] [--public-only]"
			+ " [--schedule] [--help]";

	private static final Set<String> OPTIONS = Set.of(INPUT, OUTPUT, PERIOD, PUBLIC_ONLY, SCHEDULE, HELP);

	private static final Set<String> SWITCHES = Set.of(PUBLIC_ONLY, SCHEDULE, HELP);

	private static final Set<String> BOOT_SWITCHES = Set.of("debug", "trace");

	static LaunchOptions parse(ApplicationArguments args, ScrutinyProperties defaults) {
		if (!args.getNonOptionArgs().isEmpty()) {
			throw bad("unexpected argument '" + args.getNonOptionArgs().get(0) + "'");
		}
		for (String name : args.getOptionNames()) {
			if (!OPTIONS.contains(name) && !BOOT_SWITCHES.contains(name) && !name.contains(".")) {
				throw bad("unknown option --" + name);
			}
		}
		for (String name : SWITCHES) {
			if (args.containsOption(name) && !args.getOptionValues(name).isEmpty()) {
				throw bad("--" + name + " takes no value");
			}
		}
		boolean schedule = args.containsOption(SCHEDULE);
		if (schedule && args.containsOption(PERIOD)) {
			throw bad("--period cannot be given with --schedule: each scheduled run exports the month just ended");
		}
		Path input = path(args, INPUT, defaults.input());
		Path output = path(args, OUTPUT, defaults.output());
		YearMonth period = period(args, defaults.period());
		if (!Files.isDirectory(input)) {
			throw bad("input folder not found: " + input);
		}
		if (Files.exists(output) && !Files.isDirectory(output)) {
			throw bad("output is not a folder: " + output);
		}
		return new LaunchOptions(input.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(), period,
				args.containsOption(PUBLIC_ONLY), schedule);
	}

	/** A single run of these folders and period, writing everything. */
	LaunchOptions(Path input, Path output, YearMonth period) {
		this(input, output, period, false, false);
	}

	/** The same request for another period: what a scheduled run asks for. */
	LaunchOptions forPeriod(YearMonth month) {
		return new LaunchOptions(input, output, month, publicOnly, false);
	}

	/** The identifying parameters of this request; the launcher adds a run id. */
	JobParameters toJobParameters() {
		JobParametersBuilder parameters = new JobParametersBuilder().addString(INPUT, input.toString())
			.addString(OUTPUT, output.toString());
		if (period != null) {
			parameters.addString(PERIOD, period.toString());
		}
		if (publicOnly) {
			parameters.addString(PUBLIC_ONLY, Boolean.TRUE.toString());
		}
		return parameters.toJobParameters();
	}

	private static Path path(ApplicationArguments args, String option, Path fallback) {
		String value = value(args, option);
		return value == null ? fallback : Path.of(value);
	}

	private static YearMonth period(ApplicationArguments args, YearMonth fallback) {
		String value = value(args, PERIOD);
		if (value == null) {
			return fallback;
		}
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw bad("--period must be a month as YYYY-MM, not '" + value + "'");
		}
	}

	private static String value(ApplicationArguments args, String option) {
		List<String> values = args.getOptionValues(option);
		if (values == null) {
			return null;
		}
		if (values.size() != 1 || values.get(0).isBlank()) {
			throw bad("--" + option + " needs one value, as --" + option + "=...");
		}
		return values.get(0);
	}

	private static BadArgumentsException bad(String problem) {
		return new BadArgumentsException(problem + " (usage: " + USAGE + "; --help for more)");
	}

}
