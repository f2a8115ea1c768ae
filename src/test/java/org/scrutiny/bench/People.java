package org.scrutiny.bench;

import java.util.SplittableRandom;

/**
 * The office holders of a body, one name per role code.
 */
record People(String pcc, String dpcc, String cc, String dcc, String acc, String cex, String officer) {

	private static final String[] FIRST = { "Alison", "Ben", "Carla", "David", "Eleanor", "Farid", "Gemma", "Hugh",
			"Imran", "Julia", "Keith", "Laura", "Mohammed", "Nina", "Owen", "Priya", "Rachel", "Simon", "Tessa", "Victor" };

	private static final String[] LAST = { "Ashworth", "Bennett", "Choudhury", "Doyle", "Evans", "Fletcher", "Greaves",
			"Hussain", "Ingram", "Jarvis", "Kowalski", "Lindsay", "Morrison", "Nolan", "Okafor", "Pritchard", "Quinn",
			"Rowley", "Stanton", "Thornton", "Underwood", "Walsh" };

	static People draw(SplittableRandom random) {
		return new People(name(random), name(random), name(random), name(random), name(random), name(random),
				name(random));
	}

	private static String name(SplittableRandom random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
	}

	static String initials(String name) {
		StringBuilder out = new StringBuilder();
		for (String part : name.split(" ")) {
			out.append(part.charAt(0));
		}
		return out.toString();
	}

}
