package org.scrutiny.parse.layout;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.text.Spaces;

/**
 * The agenda item each action was raised under: the last heading above it. Minutes that report on their actions in
 * prose a month later name the item, not the action ("In relation to the High Street Garden, SW advised that an offer
 * from Unpaid Work ... has been made" on "PH agreed to keep CC updated on this matter" under "### High Street Garden",
 * Ayton Community Council), so the ledger links such reports by the item's words as well as the action's.
 */
public final class AgendaTopics {

	// matches: "3. " "2.1 " "4b " "Item 5: " "Items 2: " "c) " "(b) " "Minute 27/23 – " before a heading's words
	// (the number or letter of an item, which names nothing)
	private static final Pattern ITEM_LABEL = Pattern.compile(
			"(?i)^(?:(?:items?|minute|min\\.?)\\s*)?(?:(?:[A-Z]{1,6}/)?\\d{1,3}/\\d{2,4}|\\d{1,2}(?:\\.\\d{1,2}){0,2}[a-h]?|\\(?[a-h]\\))"
					+ "[.:)]?\\s*[-\u2013:]?\\s+");

	// matches: "." "!" "?" ":" ";" "," at the end of a line   (a line that ends so is a sentence or a label, no item)
	private static final Pattern ENDS_PUNCTUATED = Pattern.compile("[.!?;,]\\s*$");

	/** An item is named in a few words. */
	private static final int TOPIC_WORDS = 12;

	/** Nor in many letters: a longer line is damaged text, not a heading. */
	private static final int TOPIC_CHARACTERS = 160;

	private AgendaTopics() {
	}

	/** The items of the agenda by the source line of their heading. */
	public static NavigableMap<Integer, String> of(List<NoteLine> agenda) {
		NavigableMap<Integer, String> topics = new TreeMap<>();
		for (int i = 0; i < agenda.size(); i++) {
			NoteLine line = agenda.get(i);
			if (i + 1 < agenda.size() && carriesOn(line, agenda.get(i + 1))) {
				continue;
			}
			heading(line).ifPresent(topic -> topics.put(line.sourceLine(), topic));
		}
		return topics;
	}

	/**
	 * True when the next line carries on the line's sentence, as a paragraph wrapped over lines does: "The DCC presented
	 * the quarterly report on victim satisfaction, noting that" over "demand linked to victim satisfaction was highest
	 * at weekends." is no heading, short as it is.
	 */
	private static boolean carriesOn(NoteLine line, NoteLine next) {
		String text = next.text();
		return next.sourceLine() == line.sourceLine() + 1 && !text.isEmpty() && Character.isLowerCase(text.charAt(0));
	}

	/** The item a line on the given source line sits under, "" where no heading comes before it. */
	public static String under(NavigableMap<Integer, String> topics, int sourceLine) {
		Map.Entry<Integer, String> entry = topics.lowerEntry(sourceLine);
		return entry == null ? "" : entry.getValue();
	}

	/**
	 * The item a line heads, its number or letter left out: "Road maintenance" from "b) Road maintenance", "MATTERS
	 * ARISING" from "2. MATTERS ARISING", "Salt Bin for Summerhill Park" from a Markdown heading. A heading is short and
	 * ends in no sentence stop; one with no number or letter must also read as no action ("TS to contact the dog warden
	 * at SBC"), where a lettered one may ("c) Active Travel consultation on road modification to improve cycling safety").
	 */
	static Optional<String> heading(NoteLine line) {
		if (line.cells().size() != 1 || line.isBlank() || line.text().length() > TOPIC_CHARACTERS) {
			return Optional.empty();
		}
		Matcher label = ITEM_LABEL.matcher(line.text());
		boolean labelled = label.lookingAt();
		String words = labelled ? line.text().substring(label.end()).strip() : line.text();
		words = words.endsWith(":") ? words.substring(0, words.length() - 1).strip() : words;
		boolean named = !words.isEmpty() && Character.isLetter(words.charAt(0)) && Character.isUpperCase(words.charAt(0));
		if (!named || Spaces.splitLength(words) > TOPIC_WORDS || ENDS_PUNCTUATED.matcher(words).find()
				|| !labelled && ActionShape.looksLikeAction(words)) {
			return Optional.empty();
		}
		return Optional.of(words);
	}

}
