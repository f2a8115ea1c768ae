package org.scrutiny.analyse;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

/**
 * The topics Scrutiny looks for, kept as data: a CSV with a header row and the columns {@code topic,terms}, terms
 * separated by {@code ;} and matched on word stems ("victims code" matches "Victims' Code"). A topic that is a
 * standing agenda item is refused, since it recurs by construction.
 */
public final class TopicTaxonomy {

	/** A topic and the stemmed word sequences that name it. */
	public record Topic(String name, List<List<String>> terms) {
	}

	private final List<Topic> topics;

	private TopicTaxonomy(List<Topic> topics) {
		this.topics = List.copyOf(topics);
	}

	public List<Topic> topics() {
		return topics;
	}

	/** Changes whenever a topic or term does: meetings scanned with another taxonomy are scanned again. */
	public String fingerprint() {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(topics.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java", ex);
		}
	}

	/**
	 * Reads a taxonomy; {@code where} names it in errors.
	 * @throws IllegalArgumentException naming the file and line of a malformed row or a standing-item topic
	 */
	public static TopicTaxonomy read(Reader csv, String where) throws IOException {
		List<Topic> topics = new ArrayList<>();
		try (CSVReader reader = new CSVReader(csv)) {
			String[] header = reader.readNext();
			if (header == null || header.length < 2 || !header[0].strip().equalsIgnoreCase("topic")) {
				throw new IllegalArgumentException(where + ": line 1 must be the header 'topic,terms'");
			}
			String[] row;
			while ((row = reader.readNext()) != null) {
				long line = reader.getLinesRead();
				if (row.length == 1 && row[0].isBlank()) {
					continue;
				}
				if (row.length < 2 || row[0].isBlank() || row[1].isBlank()) {
					throw new IllegalArgumentException(where + ": line " + line + " needs a topic and at least one term");
				}
				if (StandingItems.isStanding(row[0])) {
					throw new IllegalArgumentException(where + ": line " + line + ": '" + row[0].strip()
							+ "' is a standing agenda item, not a topic");
				}
				List<List<String>> terms = new ArrayList<>();
				for (String term : row[1].split(";")) {
					List<String> stems = Stemming.stems(term);
					if (!stems.isEmpty()) {
						terms.add(stems);
					}
				}
				topics.add(new Topic(row[0].strip(), terms));
			}
		}
		catch (CsvValidationException ex) {
			throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
		}
		return new TopicTaxonomy(topics);
	}

}
