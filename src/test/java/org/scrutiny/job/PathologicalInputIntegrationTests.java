package org.scrutiny.job;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scrutiny.ingest.InputFile;
import org.scrutiny.ingest.InputFileReader;
import org.scrutiny.normalise.NormalisedNote;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.MeetingParser;
import org.scrutiny.parse.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monstrous line is read like any other: the notes with one line of 400,000 characters (words, and tabs) go through
 * ingest, the normaliser and the parser. The timeout only guards against a rule that backtracks without end; how long
 * such lines take is a benchmark figure, not a test.
 */
class PathologicalInputIntegrationTests {

	private final Normaliser normaliser = new Normaliser();

	private final MeetingParser parser = new MeetingParser();

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aLineOfWordsOverAHundredThousandCharactersLongIsRead() {
		ParseResult result = read(BadNotes.longLine(400_000));
		assertThat(result.meeting()).isPresent();
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aLineOfTabsOverAHundredThousandCharactersLongIsRead() {
		assertThat(read("	".repeat(400_000)).meeting()).isPresent();
	}

	private ParseResult read(String line) {
		byte[] bytes = BadNotes.minutes("6 June 2019", line).getBytes(StandardCharsets.UTF_8);
		InputFile file = new InputFileReader().read(write(bytes));
		NormalisedNote note = NormalisedNote.deserialise(normaliser.normalise(file.text()).serialise());
		return parser.parse("long-line.txt", note);
	}

	private static java.nio.file.Path write(byte[] bytes) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("long-line", ".txt");
			java.nio.file.Files.write(file, bytes);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
