package org.scrutiny.parse.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrutiny.parse.text.Spaces;

/**
 * An action written as a sentence of the minutes, not labelled: a named person or role who will, would, agreed to or
 * was tasked to do a concrete thing after the meeting. The text it gives is "Subject to do the thing", the form a
 * labelled action has, so the owner is read from it as from any other action. "He" or "she" stands for the person
 * named last before; a deed that only points at its object ("facilitate this") keeps the words before it as context.
 * <p>
 * Commitments the body makes with no one named ("It was AGREED to raise...", "AC and RH will be invited to...") are
 * kept in a form no owner is read from.
 * <p>
 * Not actions: what someone did ("SW reported that she had contacted..."), offers ("happy to look at"), wishes
 * ("would like to"), decisions and passives ("planning permission would be required").
 */
public final class CommitmentSentence {

	/** A person or role as minutes name them: initials, one or two capitalised names, or "the Clerk". */
	private static final String SUBJECT_ONE = "(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Prof)\\.?\\s+)?(?:(?:[Tt]he|[Oo]ur)\\s+(?:[A-Z][a-z]+\\s+)?(?:[Cc]lerk|[Cc]hair(?:man|person)?|[Ss]ecretary|"
			+ "[Tt]reasurer|[Ss]ecretariat|[Vv]ice[- ][Cc]hair|[Tt]eam|[Oo]fficer|[Cc]ouncillors|[Tt]rustees|[Gg]overnors|[Dd]irectors)|[A-Z]{2,4}|[A-Z][a-z]+(?:\\s+(?:[A-Z][a-z'\u2019]+|O[\u2019'][A-Z][a-z]+))?)";

	private static final String SUBJECT = "(" + SUBJECT_ONE + "(?:(?:,\\s*|\\s+and\\s+|\\s*/\\s*|\\s*&\\s*)" + SUBJECT_ONE + "){0,3})";

	/** Where a subject may stand: the sentence's start, or after "that", "and", a comma. */
	private static final String CLAUSE_START = "(?:^|(?<=[.;:!?]\\s)|(?<=\\bthat\\s)|(?<=\\band\\s)|(?<=,\\s))";

	// matches: "SW" in "which we do not currently have an SW agreed to take further advice"   (initials that agree
	// to something name their owner wherever they stand, even after a slip of the pen)
	private static final String INITIALS_AGREE = "(?<=\\s)(?=[A-Z]{2,4}\\s+agreed\\s+to\\s)";

	/**
	 * Where the deed ends early: before a second clause with its own subject ("and Sea the Change will also seek...",
	 * "and council would continue to monitor...") which is not the same person again ("and he will report back").
	 */
	private static final String OTHER_SUBJECT_NEXT = "(?=\\s+and\\s+(?!(?:he|she|they|we|also|then)\\b)(?:\\S+\\s+){1,4}?(?:will|would)\\s)";

	/** Where a deed ends: the sentence's end, or a second clause with its own subject. */
	private static final String DEED_END = "(?=[.;!?](?:\\s|$)|$)";

	/** Verbs that make a wish, a state or a passive, not a commitment ("would like", "will be holding"). */
	private static final String NOT_A_DEED = "(?!(?:be|been|like|love|need|needs|probably|likely|not|continue|always|also\\s+be|"
			+ "help|benefit|appear|seem|remain|mean|require|still|then|need|no|never|seek|try|hope|wish|welcome)\\b)";

	// matches: "PI agreed to have discussions with Graham Dolan regarding this."
	// matches: "Willie Jones volunteered to work on a GCC Facebook site"
	// matches: "TS was tasked with contacting Kennth Combe"   "Alison agreed to produce minimum requirements"
	// (not "Iain Bell agreed with this point": agreeing with someone is no deed)
	private static final Pattern AGREED = Pattern.compile("(?:" + CLAUSE_START + "|" + INITIALS_AGREE + ")" + SUBJECT
			+ "\\s+(?:(?:also|further|kindly)\\s+)?(?:(?:agreed|volunteered|undertook|was\\s+asked|were\\s+asked)\\s+to|(?:was|were)\\s+tasked\\s+(?:to|with))\\s+"
			+ NOT_A_DEED + "([a-z][^.;!?]{6,}?)(?:" + OTHER_SUBJECT_NEXT + "|" + DEED_END + ")");

	// matches: "It was agreed that TS would contact the dog warden at SBC"
	// matches: "JC will reach out to Liam Holt regarding his membership application."
	// matches: "Sue will follow up about a payments to Kate and Rayna"
	private static final Pattern WILL = Pattern.compile(CLAUSE_START + SUBJECT
			+ "\\s+(?:will|would|shall|is\\s+to|are\\s+to)\\s+(?:(?:also|then|now)\\s+)?" + NOT_A_DEED
			+ "([a-z][^.;!?]{6,}?)(?:" + OTHER_SUBJECT_NEXT + "|" + DEED_END + ")");

	// matches: "Andy to talk to Milan/ELETTRA to see if they wish to continue."   "JC to follow up post First jam"
	// matches: "the Clerk to complete the appropriate forms" in "... has been received, the Clerk to complete ..."   (after a
	// comma, a subject with its article: a clause of its own)
	private static final Pattern TO = Pattern.compile("(?:^|(?<=[.;:!?]\\s)|(?<=,\\s)(?=[Tt]he\\s))" + SUBJECT + "\\s+to\\s+" + NOT_A_DEED
			+ "(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|all|any|each|every|him|them|date)\\b)([a-z][^.;!?]{6,}?)(?:" + OTHER_SUBJECT_NEXT + "|" + DEED_END + ")");

	// matches: "Lewis action - clarify day pass requirements (inductions etc) with active volunteers."   (an owner's
	// name before the word "action", as a note-taker jots it)
	private static final Pattern NAME_ACTION = Pattern.compile("^" + SUBJECT + "\\s+action\\s*[-–:]\\s*([a-z][^.;!?]{6,}?)" + DEED_END);

	// matches: "draft by end of week"   "do it before the AGM"   (a step with no object: the task it belongs to is the
	// one just named, "Communicate with bands. JC will draft by end of week.")
	private static final Pattern STEP_ONLY = Pattern.compile("(?i)[a-z]+(?:\\s+(?:it|this|them|up|so))?\\s+(?:by|before|until|within)\\b.*");

	/** Where "he" or "she" may stand: as {@link #CLAUSE_START}, or right after a verb of saying ("confirmed she would"). */
	private static final String PRONOUN_START = "(?:" + CLAUSE_START + "|(?<=\\b(?:said|confirmed|agreed|added|advised)\\s))";

	// matches: "she would speak to them about promotion of a March awareness event"   "She would also speak to SBC"
	// matches: "he would raise this with the Information Commissioner's Office"   (the owner is who was named before)
	private static final Pattern PRONOUN = Pattern.compile(PRONOUN_START + "(?:[Hh]e|[Ss]he)\\s+(?:will|would)\\s+(?:(?:also|then)\\s+)?(?:look\\s+to\\s+)?"
			+ NOT_A_DEED + "([A-Za-z][^.;!?]{6,}?)(?:" + OTHER_SUBJECT_NEXT + "|" + DEED_END + ")");

	// matches: "SW" in "SW agreed to speak to Kerry"   "MC" in "MC advised that they regularly attend"   (a subject
	// at a clause's start, with its verb, that "he" or "she" may later stand for)
	private static final Pattern NAMED_SUBJECT = Pattern.compile(CLAUSE_START + SUBJECT + "\\s+(?:also\\s+)?[A-Za-z]+(?:ed|s)?\\b");

	// matches: "CN" in "which CN will lead on"   (initials with a verb of commitment, wherever they stand)
	private static final Pattern INITIALS_WILL = Pattern.compile("\\b([A-Z]{2,4})\\s+(?:will|would|agreed)\\b");

	/** Verbs by which a body commits to an approach to someone, said in the passive: the one approached is no owner. */
	private static final String APPROACHED = "(?:invited|contacted|asked|approached|written\\s+to|emailed|informed|thanked|chased)";

	/** Who is approached is a name or a short phrase; the bound also keeps a line with no stops from being read twice over. */
	private static final int MAX_OBJECT = 60;

	// matches: "AC and RH will be invited to do so at a future meeting"
	// matches: "Gillian Jardine from SBC would be contacted regarding available Grants"
	private static final Pattern PASSIVE = Pattern.compile(CLAUSE_START
			+ "((?:(?!\\b(?:it|this|that|which|who|was|were|is|are|has|have|had|would|will|should|not)\\b)[^.;:!?,]){1," + MAX_OBJECT + "}?)\\s+(?:will|would|should)\\s+be\\s+"
			+ "(" + APPROACHED + "\\b[^.;!?]{6,}?)(?:" + OTHER_SUBJECT_NEXT + "|" + DEED_END + ")");

	// matches: "It was also AGREED to raise the issue of arrangements for the gritting of roads"
	// matches: "it was agreed that we should respond using both age and alternative locations"
	// matches: "It was decided that we should investigate possible collaborations with MDAP"   (no owner named)
	// matches: "It was suggested and AGREED that we write to the Boundaries commission"
	private static final Pattern BODY_AGREED = Pattern.compile("\\b[Ii]t\\s+was\\s+(?:also\\s+)?(?:suggested\\s+and\\s+)?(?i:agreed|decided|resolved)\\s+"
			+ "(?:to|that\\s+we(?:\\s+(?:should|would|will))?)\\s+(?!(?:further\\s+)?(?:discuss|postpone|defer|note|approve|accept|adopt|leave|continue|"
			+ "monitor|wait|welcome|keep|retain|remain|start|look|support|hold|proceed|move|like|all|not|be|should|would|will|could|might|may|"
			+ "maintain|pay|donate|increase|decrease|reduce|renew|"
			+ "had|have|were|are|need|needed)\\b)"
			+ "([a-z][^.;!?]{6,}?)(?:" + OTHER_SUBJECT_NEXT + "|" + DEED_END + ")");

	// matches: "it was AGREED that a request be made via Cllr Hutchison for an extension of the time period"
	private static final Pattern AGREED_THAT_BE = Pattern.compile("\\b(?i:agreed|decided|resolved)\\s+that\\s+((?:an?|the)\\s+[a-z]+(?:\\s+of\\s+[a-z]+)?)"
			+ "\\s+be\\s+((?:made|sent|written|given|[a-z]+ed)\\b[^.;!?]{6,}?)(?:" + OTHER_SUBJECT_NEXT + "|" + DEED_END + ")");

	/** Deeds a clerk minutes for the body to do, in the passive: "to be sent", "to be discussed at the next meeting". */
	private static final String CLERK_DEED = "(?:sent|written|circulated|issued|drafted|prepared|arranged|organi[sz]ed|invited|contacted|"
			+ "discussed|reviewed|considered|added|updated|shared|published|posted|forwarded|emailed|requested|obtained|sought|chased|"
			+ "ordered|booked|investigated|explored)";

	// matches: "A formal letter of thanks to be sent."   (Govan, 205 in ../shared/real)
	// matches: "Common themes in departmental Open Data Strategies to be discussed at the meeting on 8th March."   (108)
	// (a thing to be done, as its own sentence; not "The meeting to be held on ..." nor "Date to be confirmed", and not
	// a sentence with a verb before, "The Board asked for the proposed roadmap to be updated", "he has asked to be invited")
	private static final Pattern TO_BE_DONE = Pattern.compile("(?:^|(?<=[.;:!?]\\s))(?!(?:It|This|That|These|Those|Which|There)\\b)"
			+ "([A-Z](?:(?!\\b(?:was|were|is|are|has|have|had|would|will|should|could|not|asked|requested|wanted|for|that|which|who|he|she|they|we)\\b)"
			+ "[^.;:!?,]){2,80}?)\\s+to\\s+be\\s+(" + CLERK_DEED + "\\b[^.;!?]*?)" + DEED_END);

	// matches: "An action was created to review voting platforms, such as Tricider."   (RSE-AUNZ, 305 in ../shared/real:
	// the minutes call it an action themselves, with no owner)
	private static final Pattern CALLED_AN_ACTION = Pattern.compile("\\b[Aa]n?\\s+action\\s+was\\s+(?:created|raised|agreed|recorded|set|taken)\\s+"
			+ "to\\s+([a-z][^.;!?]{6,}?)" + DEED_END);

	/**
	 * Words that start a sentence but name no one. Among them those that open a reminder, an idea, a reason or a report
	 * ("Remember to set next meeting time", "Idea to run a Pride open day", "Due to feedback from members",
	 * "Work to clean and reinstate the Trail signs had yet to start", "Again Olivia was asked to take this back").
	 */
	private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?i)^(?:it|this|that|there|these|those|they|we|you|i|he|she|"
			+ "the|a|an|all|any|each|some|members?|everyone|nobody|no|one|who|which|what|where|when|if|however|also|"
			+ "further|following|discussions?|action|actions|minutes|update|updates|item|items|group|committee|council|board|panel|"
			+ "meeting|note|notes|question|answer|comment|summary|option|agreed|approved|resolved|proposed|next|please|"
			+ "again|idea|ideas|remember|reminder|work|due|"
			+ "thanks|thank|in|on|at|by|for|from|with|to|after|before|once|as|so|but|and|or|our|their|his|her|its|"
			+ "[A-Z][a-z]+ing|[A-Z][a-z]+ed|[A-Z][a-z]+ly)\\b.*");

	// matches: "do this"  "facilitate this"  "action this"  "follow up these issues"   (a deed only its context says)
	private static final Pattern VAGUE = Pattern.compile("(?i)(?:\\S+\\s+){0,2}(?:this|that|it|them|these(?:\\s+issues)?|so)");

	/**
	 * One commitment: who, the sentence recast as "who to do what", and where in the line the commitment starts (-1
	 * where it is not known), so that the sentence before it can be read for a deadline it refers to; and whether the
	 * minutes call it an action themselves ("An action was created to ..."), which a list of actions may leave out.
	 */
	public record Found(String subject, String text, int at, boolean calledAnAction) {

		public Found(String subject, String text, int at) {
			this(subject, text, at, false);
		}

		public Found(String subject, String text) {
			this(subject, text, -1);
		}
	}

	/**
	 * A dated step on a task named elsewhere ("JC will draft by end of week" under "Communicate with bands"): who, the
	 * step's verb, and the words that date it ("by end of week"). It is no action itself, but the action listed for the
	 * same owner with the same verb ("JC - Draft communications to current bands") is due when the step is.
	 */
	public record Step(String subject, String verb, String when) {
	}

	// matches: "by end of week" in "draft by end of week"   (where the step's date starts)
	private static final Pattern STEP_WHEN = Pattern.compile("(?i)\\b(?:by|before|until|within)\\b.*");

	private CommitmentSentence() {
	}

	/** The dated steps in one line of prose ({@link Step}), in their order. */
	public static List<Step> steps(String line) {
		List<Step> steps = new ArrayList<>();
		for (Pattern p : List.of(WILL, TO)) {
			Matcher m = p.matcher(line);
			while (m.find()) {
				String subject = m.group(1).strip();
				String deed = m.group(2).strip();
				Matcher when = STEP_WHEN.matcher(deed);
				if (isSomeone(subject) && STEP_ONLY.matcher(deed).matches() && when.find()) {
					steps.add(new Step(subject, deed.substring(0, deed.indexOf(' ')), when.group()));
				}
			}
		}
		return steps;
	}

	/** The commitments in one line of prose, in their order. */
	public static List<Found> in(String line) {
		List<Found> found = new ArrayList<>();
		if (line.indexOf(' ') < 0) {
			return found;
		}
		for (Pattern p : List.of(NAME_ACTION, AGREED, WILL, TO)) {
			Matcher m = p.matcher(line);
			while (m.find()) {
				if (inCondition(line, m.start())) {
					continue;
				}
				String subject = m.group(1).strip();
				String deed = m.group(2).strip();
				if (isSomeone(subject) && !VAGUE_START.matcher(deed).lookingAt() && !STEP_ONLY.matcher(deed).matches() && notYet(found, deed)) {
					Optional<String> pointed = POINTS_BACK.matcher(deed).lookingAt() ? withContext(line, m.start(), deed) : Optional.empty();
					if (pointed.isPresent() || !VAGUE.matcher(deed).matches()) {
						found.add(new Found(subject, subject + " to " + pointed.orElse(deed), m.start()));
					}
				}
			}
		}
		pronouns(line, found);
		unowned(line, found);
		return found.stream().flatMap(f -> alsoTo(f).stream()).toList();
	}

	// matches: ", also to " in "Clerk to email A Armstrong, EDC and ask if there are any grants etc to help with drainage,
	// also to ascertain when the Highways will be attending to the block drains" (Milburn Parish Council, 208 in
	// ../shared/real)   ", and also to "   (a second task given to the same subject)
	private static final Pattern ALSO_TO = Pattern.compile(",\\s*(?:and\\s+)?also\\s+to\\s+(?=[a-z])");

	/** A commitment of two tasks joined by "also to" is two actions of one subject. */
	private static List<Found> alsoTo(Found found) {
		String prefix = found.subject() + " to ";
		Matcher also = ALSO_TO.matcher(found.text());
		if (found.subject().isEmpty() || !found.text().startsWith(prefix) || !also.find()) {
			return List.of(found);
		}
		String first = found.text().substring(0, also.start());
		String second = prefix + found.text().substring(also.end());
		return List.of(new Found(found.subject(), first, found.at(), found.calledAnAction()),
				new Found(found.subject(), second, found.at(), found.calledAnAction()));
	}

	// matches: "If " in "If a GP tried to refer a patient where a referral wasn't required, ICE would notify the GP"
	// (YIC, 112 in ../shared/real: how a system works, a condition and what "would" follow, is no one's action; "If the
	// grant is approved, the Clerk will order the benches" is a commitment all the same)
	private static final Pattern CONDITION = Pattern.compile("(?:If|Whenever|Unless)\\s");

	// matches: " would " in "ICE would notify the GP"
	private static final Pattern WOULD = Pattern.compile("\\swould\\s");

	/** True when the clause at {@code at} is what would follow a condition in its own sentence ("If ..., X would ..."). */
	private static boolean inCondition(String line, int at) {
		Matcher would = WOULD.matcher(line);
		if (!would.find(at) || SENTENCE_END.matcher(line).region(at, would.start()).find()) {
			return false;
		}
		return CONDITION.matcher(lastSentence(line.substring(0, at))).lookingAt();
	}

	/** "He" or "she" who will do something: the person named last before, at a clause's start, owns it. */
	private static void pronouns(String line, List<Found> found) {
		Matcher m = PRONOUN.matcher(line);
		while (m.find()) {
			String deed = lowerFirst(m.group(1).strip());
			String who = lastNamedBefore(line, m.start());
			if (who != null && !VAGUE_START.matcher(deed).lookingAt() && notYet(found, deed)) {
				found.add(new Found(who, who + " to " + deed, m.start()));
			}
		}
	}

	private static String lastNamedBefore(String line, int end) {
		String who = null;
		String before = line.substring(0, end);
		Matcher named = NAMED_SUBJECT.matcher(before);
		int at = -1;
		while (named.find()) {
			if (isSomeone(named.group(1).strip())) {
				who = named.group(1).strip();
				at = named.start();
			}
		}
		Matcher initials = INITIALS_WILL.matcher(before);
		while (initials.find()) {
			if (initials.start() > at) {
				who = initials.group(1);
				at = initials.start();
			}
		}
		return who;
	}

	// matches: "Email" in "she would Email Cllr James Anderson"   (a verb capitalised by habit; not "SBC")
	private static String lowerFirst(String deed) {
		return deed.matches("[A-Z][a-z].*") ? Character.toLowerCase(deed.charAt(0)) + deed.substring(1) : deed;
	}

	/** Commitments the body made with no one named: kept as written, so that no owner is read from them. */
	private static void unowned(String line, List<Found> found) {
		Matcher passive = PASSIVE.matcher(line);
		while (passive.find()) {
			String object = passive.group(1).strip();
			if (!OWN_BODY.matcher(object).find() && (!NOT_A_SUBJECT.matcher(object).matches() || ARTICLE.matcher(WORD_END.split(object)[0]).matches() || PERSONAL.matcher(object).matches())) {
				String deed = upperFirst(object) + " to be " + passive.group(2).strip();
				add(found, "", DOES_LIKEWISE.matcher(passive.group(2)).find() ? withContext(line, passive.start(1), deed).orElse(deed) : deed);
			}
		}
		Matcher be = AGREED_THAT_BE.matcher(line);
		while (be.find()) {
			String object = be.group(1).strip();
			add(found, "", upperFirst(object) + " to be " + be.group(2).strip());
		}
		Matcher agreed = BODY_AGREED.matcher(line);
		while (agreed.find()) {
			String deed = agreed.group(1).strip();
			add(found, "", upperFirst(deed));
		}
		Matcher toBe = TO_BE_DONE.matcher(line);
		while (toBe.find()) {
			add(found, "", toBe.group(1).strip() + " to be " + toBe.group(2).strip());
		}
		Matcher called = CALLED_AN_ACTION.matcher(line);
		while (called.find()) {
			if (notYet(found, called.group(1).strip())) {
				found.add(new Found("", upperFirst(called.group(1).strip()), called.start(), true));
			}
		}
	}

	/** A text that opens a sentence of its own: "he to be invited" reads "He to be invited". */
	private static String upperFirst(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static void add(List<Found> found, String subject, String text) {
		if (notYet(found, text)) {
			found.add(new Found(subject, text));
		}
	}

	private static boolean notYet(List<Found> found, String deed) {
		return found.stream().noneMatch(f -> f.text().endsWith(deed));
	}

	// matches: "facilitate this"   "support this event"   "explore this option"   "chase this up"   "follow up these issues"
	// (a deed whose object is only pointed at: what it is stands in the words before)
	private static final Pattern POINTS_BACK = Pattern.compile("(?i)[a-z]+(?:\\s+(?:up|on|through|forward|into))?\\s+(?:this|these|those)"
			+ "(?:\\s+(?:option|event|issue|issues|matter|problem|idea|request|proposal|suggestion|task))?(?:\\s+(?:up|on|through|forward))?\\b");

	// matches: "do so" in "AC and RH will be invited to do so at a future meeting"   (what the others did, which the
	// sentence before says: "All members present agreed to the code of conduct and signed the document")
	private static final Pattern DOES_LIKEWISE = Pattern.compile("(?i)\\bdo\\s+(?:so|likewise|the\\s+same)\\b");

	// matches: ". " in "...had been removed. SW agreed to report this"   (where a sentence ends; not "7.5")
	private static final Pattern SENTENCE_END = Pattern.compile("[.;!?]\\s+");

	// matches: " and SW " in "they are keen to meet with the Community Council and SW agreed to facilitate this"
	private static final Pattern JOINED_BY = Pattern.compile("(?:,\\s*|\\s+and\\s+|\\s+that\\s+)$");

	/**
	 * A deed that only points at its object, given the words that say what it is: the clause before the commitment in
	 * its sentence, or else the sentence before ("The group will be holding a community Clean Up Day on 24th March").
	 */
	private static Optional<String> withContext(String line, int start, String deed) {
		String before = line.substring(0, start);
		Matcher joined = JOINED_BY.matcher(before);
		String context = joined.find() ? lastSentence(before.substring(0, joined.start())) : lastSentence(before.stripTrailing());
		context = context.replaceAll("[.;!?]$", "").strip();
		return context.isEmpty() ? Optional.empty() : Optional.of(deed + " (" + context + ")");
	}

	/** The last sentence of the words given, with its own stop if it has one. */
	private static String lastSentence(String text) {
		String body = text.replaceAll("[.;!?]$", "");
		Matcher end = SENTENCE_END.matcher(body);
		int from = 0;
		while (end.find()) {
			from = end.end();
		}
		return body.substring(from);
	}

	// matches: "the Senior Officials’ Group" in "the Senior Officials’ Group will be asked to advise"   (the body's own
	// members, asked at a later meeting: an item for that meeting, not an approach to anyone)
	private static final Pattern OWN_BODY = Pattern.compile("(?i)\\b(?:group|committee|board|panel|members|council)$");

	// matches: "he"   "She"   "they"   (one the sentence before named, who is approached)
	private static final Pattern PERSONAL = Pattern.compile("(?i)he|she|they");

	// matches: "do so and report to the February meeting"   "do this"   (a deed only its context says)
	private static final Pattern VAGUE_START = Pattern.compile("(?i)(?:do|does)\\s+(?:so|this|that|it)\\b");

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
