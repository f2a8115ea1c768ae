package org.scrutiny.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one CSV file: UTF-8 without a byte order mark, a header row, {@code \n} line ends, RFC 4180 quoting (a cell
 * is quoted when it holds a comma, quote or line break; quotes are doubled), every cell neutralised by
 * {@link CsvCells}. The file is written beside its target and moved into place, so a run cut short never leaves half a
 * file.
 */
final class CsvFileWriter {

	private CsvFileWriter() {
	}

	static void write(Path target, List<String> header, List<String[]> rows) {
		write(target, header, rows.stream());
	}

	/** Writes the rows of a query as they are read, not held in a list first; returns how many. */
	static int write(Path target, List<String> header, JdbcClient.MappedQuerySpec<String[]> query) {
		try (Stream<String[]> rows = query.stream()) {
			return write(target, header, rows);
		}
	}

	private static int write(Path target, List<String> header, Stream<String[]> rows) {
		int[] written = { 0 };
		try {
			OutputFolders.replaceWhole(target, partial -> {
				try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
						ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR,
								ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n")) {
					csv.writeNext(header.toArray(String[]::new), false);
					rows.forEachOrdered(row -> {
						String[] cells = new String[row.length];
						for (int i = 0; i < row.length; i++) {
							cells[i] = CsvCells.neutralise(row[i]);
						}
						csv.writeNext(cells, false);
						written[0]++;
					});
				}
			});
			return written[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target, ex);
		}
	}

}
