package org.scrutiny.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words reduced to their stems with the Snowball English stemmer (Lucene's), so that "victims", "victim's" and
 * "victim" match, as do "exploited" and "exploitation"'s stem family.
 */
public final class Stemming {

	// matches: victims'   follow-up   101   IVM   (a word: letters or digits; apostrophes and hyphens split words)
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	// matches: "'s" in "Victim's", "’s" in "force’s"   (a possessive, which is no word of its own)
	private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");

	private Stemming() {
	}

	/** The stems of the text's words, in order. {@code EnglishStemmer} is not thread-safe: one per call. */
	public static List<String> stems(String text) {
		EnglishStemmer stemmer = new EnglishStemmer();
		List<String> out = new ArrayList<>();
		Matcher m = WORD.matcher(POSSESSIVE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""));
		while (m.find()) {
			stemmer.setCurrent(m.group());
			stemmer.stem();
			out.add(stemmer.getCurrent());
		}
		return out;
	}

}
