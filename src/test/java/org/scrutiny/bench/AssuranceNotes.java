package org.scrutiny.bench;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Notes of a commissioner's own monthly meetings: the tabbed "Meeting Notes" of the samples, and the holding to
 * account minutes with a matters-arising table.
 */
final class AssuranceNotes {

	private AssuranceNotes() {
	}

	/** Modelled on {@code seeds/000_57939b0d5e07704e.txt}. */
	static String monthlyAssurance(BodyHistory.Plan plan) {
		People p = plan.body().people();
		StringBuilder out = new StringBuilder("\n\n## ").append(plan.body().name()).append(' ')
			.append(plan.date().format(Wording.MONTH_YEAR)).append(" – Meeting Notes\n\n");
		out.append("- Date: ").append(plan.date().format(Wording.WEEKDAY_DATE)).append(" @ 10:30\n");
		out.append("- Chair: ").append(p.pcc()).append('\n');
		out.append("- Minutes: ").append(p.officer()).append(", Policy Officer, OPCC\n");
		out.append("- Venue Meeting Room 1.38 ").append(plan.body().force()).append(" Police Headquarters\n\n");
		out.append("\tName:\tCapacity:\n");
		out.append("Attendance:\t").append(p.pcc()).append("\tPolice and Crime Commissioner (PCC)\n");
		out.append('\t').append(p.dpcc()).append("\tDeputy Police and Crime Commissioner (DPCC)\n");
		out.append('\t').append(p.cc()).append("\tChief Constable (CC)\n");
		out.append('\t').append(p.acc()).append("\tAssistant Chief Constable (ACC)\n");
		out.append("Apologies:\t").append(p.dcc()).append("\tDeputy Chief Constable (DCC)\n");
		out.append('\t').append(p.cex()).append("\tChief Executive for the Police and Crime Commissioner (CEx)\n\n");
		out.append("1.\tOUTSTANDING MATTERS / ITEMS BROUGHT FORWARD\tACTION\n");
		if (plan.reports().isEmpty()) {
			out.append("\tNone\t\n");
		}
		int agenda = 1;
		for (Map.Entry<YearMonth, List<BodyHistory.Report>> month : byMonth(plan.reports()).entrySet()) {
			out.append("\tActions arising from the ").append(month.getKey().format(Wording.MONTH_YEAR))
				.append(" meeting\t\n");
			for (BodyHistory.Report r : month.getValue()) {
				out.append("\tAgenda item 2.").append(agenda++).append(": ").append(Wording.capitalise(r.action().topic()))
					.append("\t\n");
				out.append("\tThe ").append(r.action().wording()).append(".\t\n");
				out.append("\tUpdate:\t\n\t").append(r.update()).append(".\t\n");
			}
		}
		out.append("2.\tHOLDING TO ACCOUNT\t\n");
		int n = 1;
		for (BodyHistory.Item item : plan.items()) {
			out.append("2.").append(n++).append('\t').append(item.topic().toUpperCase(Locale.ROOT)).append("\t\n");
			item.discussion().forEach(line -> out.append("\t• ").append(line).append("\t\n"));
			out.append("\tActions arising:\t\n");
			int a = 1;
			for (BodyHistory.Raised action : item.actions()) {
				out.append('\t').append(a++).append(". The ").append(action.wording()).append(".\t")
					.append(action.owner()).append('\n');
			}
		}
		out.append("3.\tANY OTHER BUSINESS\t\n\tNone.\t\n");
		return out.toString();
	}

	/** Modelled on {@code layouts/hta-matters-arising.txt}. */
	static String holdingToAccount(BodyHistory.Plan plan) {
		People p = plan.body().people();
		StringBuilder out = new StringBuilder("Office of the Police and Crime Commissioner for ")
			.append(plan.body().force()).append('\n');
		out.append(plan.body().name()).append(" – Minutes\n");
		out.append("Date: ").append(plan.date().format(Wording.WEEKDAY_DATE)).append('\n');
		out.append("Time: 1.30pm\nVenue: OPCC Meeting Room, Castle Street, ").append(plan.body().force()).append('\n');
		out.append("Chair: ").append(p.pcc()).append(", Police and Crime Commissioner\n\nAttendees:\n");
		out.append(p.pcc()).append("\tPolice and Crime Commissioner (PCC)\n");
		out.append(p.cc()).append("\tChief Constable (CC)\n");
		out.append(p.dcc()).append("\tDeputy Chief Constable (DCC)\n");
		out.append(p.acc()).append("\tAssistant Chief Constable (ACC)\n");
		out.append(p.cex()).append("\tChief Executive (CEx)\n");
		out.append("Apologies:\n").append(p.dpcc()).append("\tDeputy Police and Crime Commissioner (DPCC)\n\n");
		out.append("1.\tMATTERS ARISING / ACTION UPDATE\n");
		if (plan.reports().isEmpty()) {
			out.append("\tThere were no actions arising.\n");
		}
		else {
			out.append("No.\tMeeting\tAction\tOwner\tUpdate\n");
			int no = 1;
			for (BodyHistory.Report r : plan.reports()) {
				out.append(no++).append('\t').append(r.action().raisedIn().format(Wording.MONTH_YEAR)).append('\t')
					.append(Wording.capitalise(r.action().phrase())).append(".\t").append(r.action().owner()).append('\t')
					.append(r.update()).append('\n');
			}
		}
		int n = 2;
		for (BodyHistory.Item item : plan.items()) {
			out.append('\n').append(n++).append(".\t").append(item.topic().toUpperCase(Locale.ROOT)).append('\n');
			item.discussion().forEach(line -> out.append('\t').append(line).append('\n'));
			out.append("\tActions:\n");
			for (BodyHistory.Raised action : item.actions()) {
				out.append("\t• ").append(Wording.capitalise(action.phrase())).append(" (").append(action.owner())
					.append(action.due().isEmpty() ? "" : " –" + action.due()).append(")\n");
			}
		}
		out.append(n).append(".\tANY OTHER BUSINESS\n\tNone.\n");
		return out.toString();
	}

	static Map<YearMonth, List<BodyHistory.Report>> byMonth(List<BodyHistory.Report> reports) {
		Map<YearMonth, List<BodyHistory.Report>> out = new LinkedHashMap<>();
		for (BodyHistory.Report r : reports) {
			out.computeIfAbsent(r.action().raisedIn(), k -> new java.util.ArrayList<>()).add(r);
		}
		return out;
	}

}
