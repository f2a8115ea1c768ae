package org.scrutiny.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic national corpus for the benchmark ({@code bench/run}): N meetings' notes, month by month per body,
 * across up to two bodies in each of 41 force areas, in the layouts of the sample notes. Actions vary in wording,
 * owners and due dates; later meetings report on the earlier actions still open, under the month they were raised in;
 * topics come from the taxonomy. The same N and seed always give the same bytes.
 *
 * <pre>
 * java -cp target/classes:target/test-classes org.scrutiny.bench.CorpusGenerator MEETINGS FOLDER [SEED] [NEXT_FOLDER]
 * </pre>
 * NEXT_FOLDER, if given, receives each body's following month: the notes of an incremental run. It needs nothing
 * but the JDK and {@code topics.csv} on the class path, so {@code bench/run} compiles it with {@code javac} alone.
 */
public final class CorpusGenerator {

	static final String[] FORCES = { "Ashdown", "Barrowmere", "Brackenshire", "Calderfield", "Carnmoor", "Castleton",
			"Deanforth", "Dunmore", "Eastmoor", "Elmsworth", "Fallowdale", "Fenwick", "Glenholme", "Greyhaven",
			"Hartshire", "Hollowbrook", "Ivystone", "Kestrel Vale", "Kingsmead", "Larkspur", "Lowmoor", "Marlwood",
			"Millbrook", "Northvale", "Oakridge", "Pennford", "Queensholt", "Ravensworth", "Ridgeway", "Rushmere",
			"Saltmarsh", "Severnside", "Southdown", "Stonebridge", "Thornbury", "Ulverdale", "Wealdshire", "Westshire",
			"Whitecliff", "Wyvern", "Yarrowby" };

	/** About ten years of monthly meetings per body before another body is added. */
	static final int MEETINGS_PER_BODY = 120;

	static final YearMonth FIRST_MONTH = YearMonth.of(2012, 1);

	static final long DEFAULT_SEED = 7;

	private CorpusGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: CorpusGenerator MEETINGS FOLDER [SEED] [NEXT_FOLDER]");
		}
		int meetings = Integer.parseInt(args[0]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
		Path next = args.length > 3 ? Path.of(args[3]) : null;
		generate(meetings, seed, Path.of(args[1]), next);
	}

	/** Writes the corpus (and, when {@code next} is not null, each body's following meeting there). */
	public static int generate(int meetings, long seed, Path folder, Path next) throws IOException {
		Files.createDirectories(folder);
		List<Body> bodies = bodies(meetings, seed);
		int written = 0;
		for (Body body : bodies) {
			int count = meetings / bodies.size() + (body.index() < meetings % bodies.size() ? 1 : 0);
			BodyHistory history = new BodyHistory(body, new Wording(new SplittableRandom(seed * 1_000_003L + body.index())));
			for (int m = 0; m < count; m++) {
				written += write(folder, history, body, FIRST_MONTH.plusMonths(m));
			}
			if (next != null) {
				Files.createDirectories(next);
				write(next, history, body, FIRST_MONTH.plusMonths(count));
			}
		}
		return written;
	}

	static List<Body> bodies(int meetings, long seed) {
		int count = Math.max(1, Math.min(2 * FORCES.length, (meetings + MEETINGS_PER_BODY - 1) / MEETINGS_PER_BODY));
		NoteLayout[] layouts = NoteLayout.values();
		List<Body> bodies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String force = FORCES[i % FORCES.length];
			NoteLayout layout = layouts[(i + 2 * (i / FORCES.length)) % layouts.length];
			bodies.add(new Body(i, force, layout.bodyName(force), layout, People.draw(new SplittableRandom(seed + 31L * i))));
		}
		return bodies;
	}

	private static int write(Path folder, BodyHistory history, Body body, YearMonth month) throws IOException {
		BodyHistory.Plan plan = history.next(body.meetingIn(month));
		Files.writeString(folder.resolve(body.slug() + "-" + month + ".txt"), body.layout().render(plan),
				StandardCharsets.UTF_8);
		return 1;
	}

}
