package org.scrutiny.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.regex.Pattern;

import org.scrutiny.model.Action;
import org.scrutiny.model.ActionKind;
import org.scrutiny.model.ActionStatus;
import org.scrutiny.model.Attendee;
import org.scrutiny.model.Due;
import org.scrutiny.model.MarkedPassage;
import org.scrutiny.model.Meeting;
import org.scrutiny.model.Reject;
import org.scrutiny.model.RoleRef;
import org.scrutiny.normalise.NormalisedNote;
import org.scrutiny.normalise.NoteLine;
import org.scrutiny.parse.actions.ActionDraft;
import org.scrutiny.parse.actions.DeadlineBefore;
import org.scrutiny.parse.actions.DueDateRule;
import org.scrutiny.parse.header.BodyName;
import org.scrutiny.parse.header.HeaderFields;
import org.scrutiny.parse.header.MeetingDateRule;
import org.scrutiny.parse.header.NextMeetingRule;
import org.scrutiny.parse.layout.AgendaTopics;
import org.scrutiny.parse.layout.ProtectiveMarking;
import org.scrutiny.parse.layout.SectionHeading;
import org.scrutiny.parse.owners.LeadingOwnerTag;
import org.scrutiny.parse.owners.OwnerColumnResolver;
import org.scrutiny.parse.owners.OwnerSubject;
import org.scrutiny.parse.owners.PeopleIndex;
import org.scrutiny.parse.people.AttendanceParser;
import org.scrutiny.parse.people.NameAndTitle;
import org.scrutiny.parse.updates.ProseReports;
import org.scrutiny.parse.updates.UpdateStatus;

/**
 * Reads one meeting from normalised notes. Immutable and reusable; no state survives a call.
 * <p>
 * The notes are read in three regions, each by its own rules: the heading (title and labelled fields, up to the
 * attendance list), the attendance list (up to the first agenda heading), and the agenda (actions). The date is read
 * first among the fields because every relative date in the actions depends on it, and a file without one is
 * rejected whole.
 */
public final class MeetingParser {

	/** What a reject from a protectively-marked passage says instead of quoting it. */
	static final String MARKED_REJECT = "a line in a protectively-marked passage could not be read (not quoted)";

	// matches: " (Chair)" in "Cllr Ann Bell (Chair)"   " (PCC)"   (a mark after the chair's name)
	private static final Pattern CHAIR_MARK = Pattern.compile("\\s*\\((?:chair|PCC|Chairman)\\)\\s*$");

	public ParseResult parse(String sourceFile, NormalisedNote note) {
		List<NoteLine> lines = note.lines();
		int attendanceStart = indexOf(lines, 0, AttendanceParser::opensList);
		int agendaStart = attendanceStart < lines.size() ? attendanceEnd(lines, attendanceStart)
				: indexOf(lines, 0, MeetingParser::opensAgenda);
		if (attendanceStart > agendaStart) {
			attendanceStart = agendaStart;
		}
		HeaderFields header = HeaderFields.read(headerLines(lines, attendanceStart, agendaStart));
		MeetingDateRule.MeetingDate date;
		try {
			date = MeetingDateRule.resolve(header.get(HeaderFields.Field.DATE), header.lines());
		}
		catch (MeetingDateRule.Unreadable ex) {
			return ParseResult.rejected(new Reject(sourceFile, 0, ex.getMessage()));
		}
		AttendanceParser.Attendance attendance = AttendanceParser.read(lines.subList(attendanceStart, agendaStart));
		List<Attendee> people = attendance.people();
		List<NoteLine> agenda = lines.subList(agendaStart, lines.size());
		List<String> agendaText = agenda.stream().map(NoteLine::text).toList();
		LocalDate nextMeeting = NextMeetingRule.find(agendaText, date.date()).orElse(null);
		String nextPlace = NextMeetingRule.place(agendaText).orElse(null);

		PeopleIndex peopleIndex = new PeopleIndex(people);
		OwnerColumnResolver owners = new OwnerColumnResolver(peopleIndex);
		ActionExtractor extractor = new ActionExtractor(sourceFile, date.date(), owners);
		extractor.read(agenda);
		OwnerSubject subject = new OwnerSubject(owners);
		LeadingOwnerTag tag = new LeadingOwnerTag(owners);
		List<MarkedPassage> marked = ProtectiveMarking.find(lines, agendaStart);
		NavigableMap<Integer, String> topics = AgendaTopics.of(agenda);
		// the item over the last meeting's matters ("Minutes of last meeting and Action Points Update") holds the reports
		// on many actions and the new steps they agree: it names the subject of none of them
		topics.replaceAll((line, topic) -> ProseReports.opens(topic) ? "" : topic);
		List<Action> actions = new ArrayList<>();
		List<Action> itemParagraphs = new ArrayList<>();
		for (ActionDraft draft : extractor.drafts()) {
			String topic = AgendaTopics.under(topics, draft.sourceLine);
			if (draft.itemParagraph && topic.isEmpty()) {
				// a paragraph under no named item can be matched to no item
				continue;
			}
			boolean restricted = marked.stream().anyMatch(p -> p.covers(draft.sourceLine));
			Action action = action(draft, tag, subject, peopleIndex, date.date(), nextMeeting, nextPlace, restricted, topic,
					note.page(draft.sourceLine));
			(draft.itemParagraph ? itemParagraphs : actions).add(action);
		}
		List<Reject> rejects = new ArrayList<>();
		for (Reject reject : extractor.rejects()) {
			// a reject quotes the notes: from a marked passage, it says only where
			boolean inMarked = marked.stream().anyMatch(p -> p.covers(reject.line()));
			rejects.add(inMarked ? new Reject(reject.sourceFile(), reject.line(), MARKED_REJECT) : reject);
		}
		String time = header.get(HeaderFields.Field.TIME);
		Meeting meeting = new Meeting(sourceFile, BodyName.of(header.heading(), header.lines()), BodyName.title(header.heading()),
				date.date(), date.time() != null ? date.time() : MeetingDateRule.time(time).orElse(null),
				orElse(chairName(header.get(HeaderFields.Field.CHAIR)), attendance.chair()), header.get(HeaderFields.Field.VENUE),
				orElse(personName(header.get(HeaderFields.Field.MINUTES)), attendance.minutesBy()), nextMeeting, people, actions,
				marked, itemParagraphs);
		return new ParseResult(Optional.of(meeting), rejects);
	}

	private static Action action(ActionDraft draft, LeadingOwnerTag tag, OwnerSubject subject, PeopleIndex people, LocalDate meeting,
			LocalDate nextMeeting, String nextPlace, boolean restricted, String topic, int page) {
		List<RoleRef> owners = draft.columnOwners();
		if (owners.isEmpty()) {
			owners = tag.find(draft.text());
		}
		if (owners.isEmpty()) {
			owners = subject.find(draft.text());
		}
		if (owners.isEmpty() && draft.kind == ActionKind.BROUGHT_FORWARD) {
			owners = subject.asked(draft.update);
		}
		owners = owners.stream().map(people::named).distinct().toList();
		boolean raised = draft.kind == ActionKind.RAISED;
		Due due = draft.dueCell != null ? DueDateRule.fromCell(draft.dueCell, meeting, nextMeeting).orElse(null)
				: raised ? DueDateRule.find(draft.text(), meeting, nextMeeting)
					.or(() -> DeadlineBefore.find(draft.sentenceBefore, meeting))
					.or(() -> DueDateRule.atPlace(draft.text(), nextPlace, nextMeeting)).orElse(null) : null;
		ActionStatus status = raised ? ActionStatus.OPEN : UpdateStatus.of(draft.statusCell, draft.update);
		return new Action(draft.sourceLine, draft.kind, draft.text(), owners, due, draft.raisedIn, status, draft.update,
				restricted, topic, page);
	}

	/** The lines before the attendance list, and the labelled fields ("Minutes: ...") that stand inside it. */
	private static List<NoteLine> headerLines(List<NoteLine> lines, int attendanceStart, int agendaStart) {
		List<NoteLine> header = new ArrayList<>(lines.subList(0, attendanceStart));
		lines.subList(attendanceStart, agendaStart).stream()
			.filter(l -> HeaderFields.LABELLED.matcher(l.text()).matches())
			.forEach(header::add);
		return header;
	}

	private static String orElse(String value, String fallback) {
		return value.isBlank() ? NameAndTitle.bare(fallback) : value;
	}

	/** The agenda starts at its first heading with words in it ("1. OUTSTANDING MATTERS"), not at a bare "1.1". */
	private static boolean opensAgenda(NoteLine line) {
		return (SectionHeading.isHeading(line) || SectionHeading.topLevelNumber(line) > 0)
				&& SectionHeading.letterCount(line.text()) >= 3 && !AttendanceParser.opensList(line);
	}

	/**
	 * Where the attendance list ends and the agenda starts: at the first agenda heading, or at the first line that
	 * is no part of the list (the notes' agendas are numbered, referenced or titled in too many ways to wait for a
	 * heading). One stray line is passed over when another part of the list follows it ("T O I" before "Apologies:").
	 */
	private static int attendanceEnd(List<NoteLine> lines, int start) {
		NoteLine previous = lines.get(start);
		for (int i = start + 1; i < lines.size(); i++) {
			NoteLine line = lines.get(i);
			if (opensAgenda(line)) {
				return i;
			}
			if (!AttendanceParser.isAttendanceLine(line, previous) && !nextNonBlankOpensList(lines, i + 1)) {
				return i;
			}
			if (!line.isBlank()) {
				previous = line;
			}
		}
		return lines.size();
	}

	private static boolean nextNonBlankOpensList(List<NoteLine> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return AttendanceParser.opensList(lines.get(i));
			}
		}
		return false;
	}

	private static int indexOf(List<NoteLine> lines, int from, java.util.function.Predicate<NoteLine> test) {
		for (int i = from; i < lines.size(); i++) {
			if (test.test(lines.get(i))) {
				return i;
			}
		}
		return lines.size();
	}

	/** "Jackie Irvin, Policy Officer, OPCC" and "Jackie Irvin Senior Policy Manager, OPCC" are Jackie Irvin. */
	private static String personName(String field) {
		String first = field.split(",")[0].strip();
		List<NameAndTitle.Person> split = NameAndTitle.split(first);
		return split.size() == 1 ? split.get(0).name() : first;
	}

	private static String chairName(String field) {
		return personName(CHAIR_MARK.matcher(field).replaceAll(""));
	}

}
