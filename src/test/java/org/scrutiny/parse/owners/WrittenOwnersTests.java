package org.scrutiny.parse.owners;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutiny.model.AttendanceStatus;
import org.scrutiny.model.Attendee;
import org.scrutiny.model.Role;
import org.scrutiny.model.RoleRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners of other bodies' minutes as they are written (real lines of ../shared/real), resolved through that meeting's
 * attendance list where it names them, else kept as written; what the {@code owner_names} column shows.
 */
class WrittenOwnersTests {

	/** Some of a panel's attendance list as the attendance parser reads it: no initials defined, titles as written. */
	private static final PeopleIndex PANEL = index("Nigel Shadbolt|Chair", "Janet Hughes|(Greater London Authority)",
			"Chris Taggart|(Openlylocal.com)", "William Barker|", "Renae Currie|", "Rebecca Bradfield|", "Iain Bell|",
			"Emer Coleman|", "Will Perrin|");

	/** A steering committee's list: "[NM] Nicholas May" (initials from the name), "Tom Griffin (TG)" (initials as role). */
	private static final PeopleIndex COMMITTEE = index("Manodeep Sinha|", "Nicholas May|", "Nooriyah Poonawala-Lohani|Chair|NL",
			"Tom Griffin|(TG)", "Andy Gotz|(AG)", "Silvia Da Graca Ramos|(SDGR)", "Shelly Ren|(SR)", "Ming Tang|(MT)");

	/** A parish council's list: a County Councillor and no police role. */
	private static final PeopleIndex PARISH = index("Sarah Woodbury|Chair", "James Anderson|County Councillor",
			"Trevor Smith|Secretary");

	/** "Name|role as written", present, with the initials the list defines ("[NL] Nooriyah Poonawala-Lohani") or none. */
	private static PeopleIndex index(String... people) {
		return new PeopleIndex(Arrays.stream(people).map(p -> p.split("\\|", -1))
			.map(p -> new Attendee(p[0], new RoleRef(Role.OTHER, false, p[1]), AttendanceStatus.PRESENT, p.length > 2 ? p[2] : null))
			.toList());
	}

	private static String names(List<RoleRef> owners) {
		return owners.stream().map(o -> o.ownerName().isEmpty() ? o.code() : o.ownerName()).collect(Collectors.joining("; "));
	}

	private static PeopleIndex meeting(String name) {
		return switch (name) {
			case "panel" -> PANEL;
			case "committee" -> COMMITTEE;
			case "parish" -> PARISH;
			default -> BoardAttendance.index();
		};
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			panel | Secretariat to contact Rightmove to see if Police.uk information has a wider use. | Secretariat
			panel | Kieron O'Hara to send the Panel a link to his interim report on privacy. | Kieron O'Hara
			panel | Panel members to use their networks to contact groups and individuals. | Panel members
			panel | The Cabinet Office to provide a further update on securing Arms Length Bodies data. | Cabinet Office
			panel | Transparency Team to circulate details of the 16th January data sharing task force workshop. | Transparency Team
			panel | Representative from Contract Finder to provide a demonstration to the Board. | Representative from Contract Finder
			panel | Janet to make a submission to the Justice Select Committee review of FOI, seeking additional supporting evidence. | Janet Hughes
			panel | Janet and Steve to draft an update note on MAD with Data for Panel. | Janet Hughes; Steve
			panel | Nigel and Janet to formulate a statement from the Panel around the Autumn Statement. | Nigel Shadbolt; Janet Hughes
			panel | It was agreed Chris and William would talk further outside the meeting regarding public participation. | Chris Taggart; William Barker
			panel | Rebecca Bradfield, Iain Bell, Emer Coleman and Will Perrin to meet to discuss local level data. | Rebecca Bradfield; Iain Bell; Emer Coleman; Will Perrin
			panel | Date is Sunday 23rd November. Penny and Renae will take lead on organising. | Penny; Renae Currie
			committee | Steering committee members will add comments to the pull request if they have any | Steering committee members
			committee | NM to create a document for the committee to share ideas | Nicholas May
			parish | Cllr JA agreed to chase this up with Gillian Jardine. | James Anderson
			parish | TS to speak to the owner and request he addresses the problem | Trevor Smith
			board | CC to provide a written update on 101 abandonment rates within two months. | CC
			board | Head of Finance to report on the precept | Head of Finance
			""")
	void readsTheSubject(String meeting, String action, String owners) {
		assertThat(names(new OwnerSubject(new OwnerColumnResolver(meeting(meeting))).find(action))).isEqualTo(owners);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			panel | The terms of reference document will be added to the icatproject.org website
			panel | This should be extended to all interested parties
			panel | It was agreed this should be simple majority, with the chair having the casting vote in the event of a tie.
			panel | Work to commence immediately on drafting the paper
			panel | Within two weeks the panel to provide a plan
			panel | "Due to feedback from members attending social events and ongoing ArduinoU + Woodworking workshops, JC changed Wednesday Rehearsal Room booking slots"
			panel | Remember to set next meeting time before closing meeting
			panel | "Idea to run a ""Pride open day"" the Sunday after Pride Fairday"
			""")
	void readsNoSubject(String meeting, String action) {
		assertThat(new OwnerSubject(new OwnerColumnResolver(meeting(meeting))).find(action)).isEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			committee | [NM] Create a discussion document for online events. | Nicholas May
			committee | "[ML, NM] Investigate transitioning rse-aunz.org to https." | ML; Nicholas May
			committee | [MS] Investigate a potential relationship between RSE-AUNZ and F1000Research. | Manodeep Sinha
			committee | [NL] Invite the candidate (casual vacancy) to submit nomination information. | Nooriyah Poonawala-Lohani
			committee | [All] Expand ideas submitted to the poll | All
			committee | "[TBA] Commence planning for a virtual event about: How to publicly share 100 TB's of data" | ""
			committee | [ ] Kate will ask Tracy and Jonah about finding someone to manage the election. | ""
			panel | [DN: Pete to take forward?] | ""
			""")
	void readsTheLeadingTag(String meeting, String action, String owners) {
		assertThat(names(new LeadingOwnerTag(new OwnerColumnResolver(meeting(meeting))).find(action)))
			.isEqualTo(owners == null ? "" : owners);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			committee | TG | Tom Griffin
			committee | "AG, SDGR, SR, MT" | Andy Gotz; Silvia Da Graca Ramos; Shelly Ren; Ming Tang
			committee | Helen Jeffrey | Helen Jeffrey
			committee | members | members
			committee | PMs | PMs
			parish | CC | CC
			parish | CEO | CEO
			parish | Chief Executive | Chief Executive
			board | CEO | CEX
			""")
	void readsTheCell(String meeting, String cell, String owners) {
		assertThat(names(new OwnerColumnResolver(meeting(meeting)).resolveCell(cell).owners())).isEqualTo(owners);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			CC | OTHER
			CEO | OTHER
			Chief Executive | OTHER
			""")
	void keepsPoliceCodesOutOfABodyWithoutPolice(String written, Role role) {
		assertThat(new OwnerColumnResolver(PARISH).single(written)).map(RoleRef::role).contains(role);
	}

}
