package org.scrutiny.parse.people;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutiny.model.Attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.scrutiny.parse.NoteLines.rows;

/** The attendance passages of the seeds and the numbered minutes, each person as "name role [temporary] status". */
class AttendanceParserTests {

	private static List<String> people(String passage) {
		return AttendanceParser.read(rows(passage)).people().stream().map(AttendanceParserTests::render).toList();
	}

	private static String render(Attendee a) {
		return a.name() + " " + a.role().code() + (a.role().temporary() ? " temporary" : "") + " " + a.status().csv();
	}

	static Stream<Arguments> passages() {
		return Stream.of(arguments("207/208 (PDF): a plural title before a run of names, a title before a name, apologies as an agenda item", """
				Present
				Councillors D Richardson (Chair) R Healey, N Cresswell and P Moran
				Clerk J Connelly
				18.11.1 Apologies
				A Armstrong EDC and M Armstrong""",
				List.of("D Richardson Chair present", "R Healey Councillor present", "N Cresswell Councillor present",
						"P Moran Councillor present", "J Connelly Clerk present", "A Armstrong OTHER apology", "M Armstrong OTHER apology")),
				arguments("000: a table of label, name and capacity", """
				⇥Name:⇥Capacity:
				Attendance:⇥John Campion⇥Police and Crime Commissioner (PCC)
				⇥Tracey Onslow⇥Deputy Police and Crime Commissioner (DPCC)
				⇥Anthony Bangham⇥Chief Constable (CC)
				⇥Martin Evans⇥Assistant Chief Constable (ACC)
				Apologies:⇥Amanda Blakeman⇥Deputy Chief Constable (DCC)
				⇥Andy Champness⇥Chief Executive for the Police and Crime Commissioner (CEx)""",
				List.of("John Campion PCC present", "Tracey Onslow DPCC present", "Anthony Bangham CC present",
						"Martin Evans ACC present", "Amanda Blakeman DCC apology", "Andy Champness CEX apology")),
				arguments("001: titles without a code and with an attendance note", """
						⇥Name:⇥Capacity:
						Attendance:⇥John Campion⇥Police and Crime Commissioner (PCC)
						⇥Jackie Irvin⇥Senior Policy Manager (SPM)
						⇥Charity Pearce⇥Policy Assistant (PO)
						⇥Anthony Bangham⇥Chief Constable (CC)
						⇥Julian Moss⇥Deputy Chief Constable
						⇥Rachel Jones⇥Assistant Chief Constable (ACC) (Item 1 only)
						⇥Catherine Allsopp⇥Staff Officer (SO)""",
						List.of("John Campion PCC present", "Jackie Irvin SPM present", "Charity Pearce PO present",
								"Anthony Bangham CC present", "Julian Moss DCC present", "Rachel Jones ACC present",
								"Catherine Allsopp SO present")),
				arguments("002: a temporary DCC, OCR noise, and two names then two titles on one line", """
						⇥Name:⇥Capacity:
						Attendance:⇥John Campion⇥Police and Crime Commissioner (PCC)
						⇥Anthony Bangham⇥Chief Constable (CC)
						⇥Chris Singer⇥T/Deputy Chief Constable (DCC)
						⇥T O I

						Apologies: Tracey Onslow Andy Champness Deputy Police and Crime Commissioner (DPCC) Chief Executive Officer, OPCC (CEX)""",
						List.of("John Campion PCC present", "Anthony Bangham CC present", "Chris Singer DCC temporary present",
								"Tracey Onslow DPCC apology", "Andy Champness CEX apology")),
				arguments("003: name and title run together, no apologies", """
						Name: Capacity:

						Attendance: John Campion Police and Crime Commissioner (PCC)

						Andy Champness Chief Executive Officer, OPCC (CEX)

						David Shaw Chief Constable (CC)

						Anthony Bangham Deputy Chief Constable (DCC)

						Apologies: None""",
						List.of("John Campion PCC present", "Andy Champness CEX present", "David Shaw CC present",
								"Anthony Bangham DCC present")),
				arguments("004: a column of names, then a column of capacities", """
						Attendance:

						Apologies:

						1.1

						Name:
						John Campion
						Anthony Bangham
						Geoff Wessell
						Natasha Noorbakhsh
						Tracey Onslow

						Capacity:
						Police and Crime Commissioner (PCC)
						Chief Constable (CC))
						Assistant Chief Constable (ACC)
						Policy Officer
						Deputy Police and Crime Commissioner""",
						List.of("John Campion PCC present", "Anthony Bangham CC present", "Geoff Wessell ACC present",
								"Natasha Noorbakhsh PO present", "Tracey Onslow DPCC present")),
				arguments("numbered minutes: name (initials) – title", """
						Present:
						Peter Marsh (PM) – Police and Crime Commissioner (Chair)
						Helen Ward (HW) – Deputy Police and Crime Commissioner
						Robert Kane (RK) – Chief Constable
						Alan Harris (AH) – Deputy Chief Constable
						Jane Smith (JS) – Assistant Chief Constable, Local Policing
						Claire Dunn (CD) – Chief Executive, OPCC

						Apologies:
						David Okafor (DO) – Assistant Chief Constable, Crime and Justice""",
						List.of("Peter Marsh PCC present", "Helen Ward DPCC present", "Robert Kane CC present",
								"Alan Harris DCC present", "Jane Smith ACC present", "Claire Dunn CEX present",
								"David Okafor ACC apology")),
				arguments("action-log minutes: labelled table with OTHER titles and marks", """
						Members Present:⇥Ravi Patel⇥Police and Crime Commissioner (Chair)
						⇥Margaret Hughes⇥Deputy Police and Crime Commissioner
						⇥Owen Carter⇥Chief Constable
						⇥Nadia Hussain⇥Assistant Chief Constable
						⇥Paul Webb⇥Chief Executive, OPCC
						⇥Sue Morgan⇥Strategic Policing and Crime Board Member
						In Attendance:⇥Emma Roberts⇥Head of Estates
						⇥Liam Shaw⇥Policy Officer, OPCC (note taker)
						Apologies:⇥Kevin Doyle⇥Strategic Policing and Crime Board Member""",
						List.of("Ravi Patel PCC present", "Margaret Hughes DPCC present", "Owen Carter CC present",
								"Nadia Hussain ACC present", "Paul Webb CEX present",
								"Sue Morgan Strategic Policing and Crime Board Member present", "Emma Roberts Head of Estates present",
								"Liam Shaw PO present", "Kevin Doyle Strategic Policing and Crime Board Member apology")),
				arguments("holding-to-account minutes: name and capacity cells under 'Attendees:'", """
						Attendees:
						Julie Hammond⇥Police and Crime Commissioner (PCC)
						Graham Nolan⇥Chief Constable (CC)
						Martin Lowe⇥Chief Executive (CEx)
						Rebecca Hale⇥Senior Policy Manager (SPM)
						Apologies:
						None""",
						List.of("Julie Hammond PCC present", "Graham Nolan CC present", "Martin Lowe CEX present",
								"Rebecca Hale SPM present")));
	}

	/** Attendance passages quoted from real minutes of other bodies ({@code ../shared/real}), as the normaliser gives them. */
	static Stream<Arguments> realPassages() {
		return Stream.of(arguments("100: 'Name, Organisation' lines, a dashed chair, honorifics", """
				Present:
				Dr Kieron O’Hara – CHAIR
				Prof. Allan Brimicombe, University of East London
				Will Perrin, Talk About Local
				Josh Dodd, Office of the Senior Presiding Judge
				Lucienne Edge, Ministry of Justice (minute taker)
				Apologies:
				Jeff Gardner, Victim Support""",
				List.of("Kieron O’Hara Chair present", "Allan Brimicombe OTHER present", "Will Perrin OTHER present",
						"Josh Dodd OTHER present", "Lucienne Edge minute taker present", "Jeff Gardner OTHER apology")),
				arguments("104: a run of names with organisations in brackets, a sub-label, two joined by 'and'", """
						Panel: Professor Nigel Shadbolt (Chair), Tim Allen, Roger Hampson (London Borough of Redbridge), Emer Coleman (London Assembly); Pete Lawrence (Cabinet Office); Dennis Skinner (Local Government Group), Ex Officio: Shehla Husain (DCLG).
						Apologies: Baroness Hanham (DCLG), Dave Smith (Sunderland City Council).
						Secretariat: Philip Worsfold and David Plant (DCLG).""",
						List.of("Nigel Shadbolt Chair present", "Tim Allen OTHER present", "Roger Hampson OTHER present",
								"Emer Coleman OTHER present", "Pete Lawrence OTHER present",
								"Dennis Skinner OTHER present", "Shehla Husain OTHER present",
								"Baroness Hanham OTHER apology", "Dave Smith OTHER apology",
								"Philip Worsfold OTHER present", "David Plant OTHER present")),
				arguments("200: bulleted names, some with a dashed title", """
						Present
						• Sarah Woodbury — Chair
						• Amanda Wright
						• Cllr James Anderson
						Apologies for Absence
						• Alan McFadzean — Vice-Chair
						• Cllr Aileen Orr""",
						List.of("Sarah Woodbury Chair present", "Amanda Wright OTHER present", "James Anderson OTHER present",
								"Alan McFadzean Vice-Chair apology", "Aileen Orr OTHER apology")),
				arguments("204/206: comma runs with post-nominals, surnames after an honorific, a stop between two", """
						Present: Esme Clark, Danny O'Neill, Cllr Richard Bell, Cllr Hutchison. Cllr Gill Pidgeon (representing Dr Ahmed MP)
						Apologies: Humza Yousaf MSP, Cllr Alam, Dr Ahmed MP""",
						List.of("Esme Clark OTHER present", "Danny O'Neill OTHER present", "Richard Bell OTHER present",
								"Hutchison OTHER present", "Gill Pidgeon OTHER present",
								"Humza Yousaf OTHER apology", "Alam OTHER apology", "Ahmed OTHER apology")),
				arguments("110: a run of names under 'Attendance', two names long on its own line", """
						Attendance
						Paula Marsh, Alison McGuinness, Lorna Gray""",
						List.of("Paula Marsh OTHER present", "Alison McGuinness OTHER present", "Lorna Gray OTHER present")),
				arguments("300/302: name (initials), organisation, department, mark", """
						0. Attendance
						• Brian Matthews (BM), STFC, Scientific Computing
						• Silvia Da Graca Ramos (SDGR), Diamond
						Apologies
						• Rolf Krahl, HZB""",
						List.of("Brian Matthews OTHER present", "Silvia Da Graca Ramos OTHER present", "Rolf Krahl OTHER apology")),
				arguments("304: initials in square brackets before the name", """
						Attendees
						• [DC] Daniel Collins
						• [NL] Nooriyah Poonawala-Lohani (Chair)
						Apologies
						• [HP] Heidi Perrett""",
						List.of("Daniel Collins OTHER present", "Nooriyah Poonawala-Lohani Chair present", "Heidi Perrett OTHER apology")),
				arguments("307/310: bulleted labels; absent and not attending in neither list; one name alone after a label", """
						• Present:
						• Fletcher Boyd
						• Apologies: Nil
						• Absent:
						• Ben Connor
						• Observing: Sophie
						Steering Committee Members Not attending:
						• Karin Lagesen""",
						List.of("Fletcher Boyd OTHER present", "Sophie OTHER present")),
				arguments("108: 'Attendees:' and 'Apologies:' headings of a table flattened column by column", """
						Attendees:
						Apologies:
						Pete Lawrence (Acting Chair)
						Julian Kelly, HMT""",
						List.of("Pete Lawrence Acting Chair temporary present", "Julian Kelly OTHER present")),
				arguments("107: a heading of the department between names is no one", """
						Attendees:
						Zina Etheridge (Cabinet Office)

						Cabinet Office
						Charlotte Alldritt, Transparency Adviser and Senior Account Manager
						Olivia Burman (Secretariat)""",
						List.of("Zina Etheridge OTHER present", "Charlotte Alldritt OTHER present",
								"Olivia Burman Secretariat present")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("realPassages")
	void readsRealListsOfOtherBodies(String name, String passage, List<String> expected) {
		assertThat(people(passage)).containsExactlyElementsOf(expected);
	}

	@Test
	void keepsTheInitialsRealListsGive() {
		List<Attendee> people = AttendanceParser.read(rows("""
				Attendees
				• [DC] Daniel Collins
				• Silvia Da Graca Ramos (SDGR), Diamond
				• Catherine Jones (CJ), STFC, Scientific Computing (Secretary)""")).people();
		assertThat(people).extracting(Attendee::initials).containsExactly("DC", "SDGR", "CJ");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("passages")
	void readsWhoAttendedAndWhoSentApologies(String name, String passage, List<String> expected) {
		assertThat(people(passage)).containsExactlyElementsOf(expected);
	}

	@Test
	void keepsTheInitialsTheListDefines() {
		List<Attendee> people = AttendanceParser.read(rows("""
				Present:
				Jane Smith (JS) – Assistant Chief Constable, Local Policing
				Tom Price (TP) – Chief Finance Officer, OPCC""")).people();
		assertThat(people).extracting(Attendee::initials).containsExactly("JS", "TP");
	}

	@Test
	void readsWhomTheListMarksAsChairAndMinuteTaker() {
		AttendanceParser.Attendance attendance = AttendanceParser.read(rows("""
				Present:
				Peter Marsh (PM) – Police and Crime Commissioner (Chair)
				Helen Ward (HW) – Deputy Police and Crime Commissioner
				In attendance:
				Lucy Grant – Policy Officer, OPCC (minutes)"""));
		assertThat(attendance.chair()).isEqualTo("Peter Marsh");
		assertThat(attendance.minutesBy()).isEqualTo("Lucy Grant");
	}

	@Test
	void readsAMinuteTakerMarkedAsNoteTaker() {
		AttendanceParser.Attendance attendance = AttendanceParser.read(rows("""
				Members Present:⇥Ravi Patel⇥Police and Crime Commissioner (Chair)
				In Attendance:⇥Liam Shaw⇥Policy Officer, OPCC (note taker)"""));
		assertThat(attendance.chair()).isEqualTo("Ravi Patel");
		assertThat(attendance.minutesBy()).isEqualTo("Liam Shaw");
	}

	@Test
	void readsOtherTitlesAsTheGoldRecordsThem() {
		assertThat(people("""
				Present:
				Tom Price (TP) – Chief Finance Officer, OPCC
				In attendance:
				Supt Mike Rowe – Head of Contact Management (item 5 only)
				Lucy Grant – Policy Officer, OPCC (minutes)""")).containsExactly("Tom Price Chief Finance Officer present",
						"Mike Rowe Head of Contact Management present", "Lucy Grant PO present");
	}

}
