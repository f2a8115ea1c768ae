package org.scrutiny.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Input and output folders for the job tests: the five sample notes copied from {@code src/test/resources/seeds}, and
 * the CSVs read back.
 */
final class JobTestFiles {

	static final String MARCH_2018 = "000_57939b0d5e07704e.txt";

	static final String MAY_2016 = "003_3db3089499d8060c.txt";

	private JobTestFiles() {
	}

	static Path seedsIn(Path folder) {
		try {
			Files.createDirectories(folder);
			Path seeds = Path.of(JobTestFiles.class.getResource("/seeds").toURI());
			try (Stream<Path> files = Files.list(seeds)) {
				for (Path seed : files.toList()) {
					Files.copy(seed, folder.resolve(seed.getFileName().toString()));
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Empties the store as a test starts: the source files cascade to everything read from them; the ledger, which is
	 * kept per body with a fingerprint of its files, goes with its fingerprints.
	 */
	static void emptyStore(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		jdbc.sql("delete from source_document").update();
		jdbc.sql("delete from ledger_entry").update();
		jdbc.sql("delete from ledger_body").update();
	}

	static List<String> csvLines(Path output, String period, String file) throws IOException {
		return Files.readAllLines(output.resolve(period).resolve(file), StandardCharsets.UTF_8);
	}

	/** The rows of a CSV as maps from its header's column names, read with OpenCSV. */
	static List<java.util.Map<String, String>> csvRows(Path output, String period, String file) {
		try (com.opencsv.CSVReaderHeaderAware reader = new com.opencsv.CSVReaderHeaderAware(
				Files.newBufferedReader(output.resolve(period).resolve(file), StandardCharsets.UTF_8))) {
			List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
			java.util.Map<String, String> row;
			while ((row = reader.readMap()) != null) {
				rows.add(row);
			}
			return rows;
		}
		catch (IOException | com.opencsv.exceptions.CsvValidationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] csvBytes(Path output, String period, String file) {
		try {
			return Files.readAllBytes(output.resolve(period).resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
