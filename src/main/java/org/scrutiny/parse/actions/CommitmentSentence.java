package org.scrutiny.parse.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.text.Spaces;

/**
 * An action written as a sentence of the minutes, not labelled: a named person or role who will, would, agreed to or
 * was tasked to do a concrete thing after the meeting. The text it gives is "Subject to do the thing", the form a
 * labelled action has, so the owner is read from it as from any other action.
 * <p>
 * Not actions: what someone did ("SW reported that she had contacted..."), offers ("happy to look at"), wishes
 * ("would like to"), decisions and passives ("planning permission would be required").
 */
public final class CommitmentSentence {

	/** A person or role as minutes name them: initials, one or two capitalised names, or "the Clerk". */
	private static final String SUBJECT_ONE = "(?:(?:[Tt]he|[Oo]ur)\\s+(?:[A-Z][a-z]+\\s+)?(?:[Cc]lerk|[Cc]hair(?:man|person)?|[Ss]ecretary|"
			+ "[Tt]reasurer|[Ss]ecretariat|[Vv]ice[- ][Cc]hair|[Tt]eam|[Oo]fficer)|[A-Z]{2,4}|[A-Z][a-z]+(?:\\s+(?:[A-Z][a-z'\u2019]+|O[\u2019'][A-Z][a-z]+))?)";

	private static final String SUBJECT = "(" + SUBJECT_ONE + "(?:(?:,\\s*|\\s+and\\s+|\\s*/\\s*|\\s*&\\s*)" + SUBJECT_ONE + "){0,3})";

	/** Where a subject may stand: the sentence's start, or after "that", "and", a comma. */
	private static final String CLAUSE_START = "(?:^|(?<=[.;:!?]\\s)|(?<=\\bthat\\s)|(?<=\\band\\s)|(?<=,\\s))";

	/** Verbs that make a wish, a state or a passive, not a commitment ("would like", "will be holding"). */
	private static final String NOT_A_DEED = "(?!(?:be|been|like|love|need|needs|probably|likely|not|continue|always|also\\s+be|"
			+ "help|benefit|appear|seem|remain|mean|require|still|then|need)\\b)";

	// matches: "PI agreed to have discussions with Graham Dolan regarding this."
	// matches: "Willie Jones volunteered to work on a GCC Facebook site"
	// matches: "TS was tasked with contacting Kennth Combe"   "Alison agreed to produce minimum requirements"
	private static final Pattern AGREED = Pattern.compile(CLAUSE_START + SUBJECT
			+ "\\s+(?:(?:also|further|kindly)\\s+)?(?:agreed|volunteered|undertook|was\\s+tasked|were\\s+tasked|was\\s+asked|were\\s+asked)\\s+(?:to|with)\\s+"
			+ NOT_A_DEED + "([a-z][^.;!?]{6,}?)(?=[.;!?](?:\\s|$)|$)");

	// matches: "It was agreed that TS would contact the dog warden at SBC"
	// matches: "JC will reach out to Liam Holt regarding his membership application."
	// matches: "Sue will follow up about a payments to Kate and Rayna"
	private static final Pattern WILL = Pattern.compile(CLAUSE_START + SUBJECT
			+ "\\s+(?:will|would|shall|is\\s+to|are\\s+to)\\s+(?:(?:also|then|now)\\s+)?" + NOT_A_DEED
			+ "([a-z][^.;!?]{6,}?)(?=[.;!?](?:\\s|$)|$)");

	// matches: "Andy to talk to Milan/ELETTRA to see if they wish to continue."   "JC to follow up post First jam"
	private static final Pattern TO = Pattern.compile("(?:^|(?<=[.;:!?]\\s))" + SUBJECT + "\\s+to\\s+" + NOT_A_DEED
			+ "(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|all|any|each|every|him|them|date)\\b)([a-z][^.;!?]{6,}?)(?=[.;!?](?:\\s|$)|$)");

	/** Words that start a sentence but name no one. */
	private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)^(?:it|this|that|there|these|those|they|we|you|i|he|she|"
			+ "the|a|an|all|any|each|some|members?|everyone|nobody|no|one|who|which|what|where|when|if|however|also|"
			+ "further|following|discussions?|action|actions|minutes|update|updates|item|items|group|committee|council|board|panel|"
			+ "meeting|note|notes|question|answer|comment|summary|option|agreed|approved|resolved|proposed|next|please|"
			+ "thanks|thank|in|on|at|by|for|from|with|to|after|before|once|as|so|but|and|or|our|their|his|her|its|"
			+ "[A-Z][a-z]+ing|[A-Z][a-z]+ed|[A-Z][a-z]+ly)\\b.*");

	// matches: "do this"  "facilitate this"  "action this"  "follow up these issues"   (a deed only its context says)
	private static final Pattern VAGUE = Pattern.compile("(?i)(?:\\S+\\s+){0,2}(?:this|that|it|them|these(?:\\s+issues)?|so)");

	/** One commitment: who, and the sentence recast as "who to do what". */
	public record Found(String subject, String text) {
	}

	private CommitmentSentence() {
	}

	/** The commitments in one line of prose, in their order. */
	public static List<Found> in(String line) {
		List<Found> found = new ArrayList<>();
		if (line.indexOf(' ') < 0) {
			return found;
		}
		for (Pattern p : List.of(AGREED, WILL, TO)) {
			Matcher m = p.matcher(line);
			while (m.find()) {
				String subject = m.group(1).strip();
				if (isSomeone(subject) && !VAGUE.matcher(m.group(2).strip()).matches() && found.stream().noneMatch(f -> f.text().endsWith(m.group(2).strip()))) {
					found.add(new Found(subject, subject + " to " + m.group(2).strip()));
				}
			}
		}
		return found;
	}

	// matches: " " "/" " & " ", "   (what ends a subject's first word: "TS/SC", "Janet & Steve")
	private static final Pattern WORD_END = Pattern.compile("[\\s,/&]+");

	// matches: "the Clerk"   "our Secretary"   (an article before a title, which then names someone)
	private static final Pattern ARTICLE = Pattern.compile("(?i)the|our");

	// matches: "the project team"   "our comms team"   (a team, which names no one responsible)
	private static final Pattern A_TEAM = Pattern.compile("(?i)(?:the|our)\\s+[a-z]+\\s+team");

	private static boolean isSomeone(String subject) {
		String first = WORD_END.split(subject)[0];
		return !NOT_A_SUBJECT.matcher(first).matches()
				|| ARTICLE.matcher(first).matches() && Spaces.splitLength(subject) > 1 && !A_TEAM.matcher(subject).matches();
	}

}
