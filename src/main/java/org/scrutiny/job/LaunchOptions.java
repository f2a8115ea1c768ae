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
 */
record LaunchOptions(Path input, Path output, YearMonth period) {

	static final String INPUT = "input";

	static final String OUTPUT = "output";

	static final String PERIOD = "period";

	static final String USAGE = "java -jar scrutiny.jar [--input=DIR] [--output=DIR] [--period=YYYY-MM]";

	private static final Set<String> OPTIONS = Set.of(INPUT, OUTPUT, PERIOD);

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
		Path input = path(args, INPUT, defaults.input());
		Path output = path(args, OUTPUT, defaults.output());
		YearMonth period = period(args, defaults.period());
		if (!Files.isDirectory(input)) {
			throw bad("input folder not found: " + input);
		}
		if (Files.exists(output) && !Files.isDirectory(output)) {
			throw bad("output is not a folder: " + output);
		}
		return new LaunchOptions(input.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(), period);
	}

	/** The identifying parameters of this request; the launcher adds a run id. */
	JobParameters toJobParameters() {
		JobParametersBuilder parameters = new JobParametersBuilder().addString(INPUT, input.toString())
			.addString(OUTPUT, output.toString());
		if (period != null) {
			parameters.addString(PERIOD, period.toString());
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
		return new BadArgumentsException(problem + " (usage: " + USAGE + ")");
	}

}
