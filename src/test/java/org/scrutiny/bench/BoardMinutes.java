package org.scrutiny.bench;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Minutes of the accountability boards: numbered paragraphs with "Action:" lines, and the commissioner's board with
 * an "action by" column.
 */
final class BoardMinutes {

	private BoardMinutes() {
	}

	/** Modelled on {@code layouts/pab-numbered-minutes.txt}. */
	static String numbered(BodyHistory.Plan plan) {
		People p = plan.body().people();
		StringBuilder out = new StringBuilder("OFFICIAL\n\nMinutes of the ").append(plan.body().name())
			.append(" held on ").append(plan.date().format(Wording.WEEKDAY_DATE)).append(" at 10.00am\n");
		out.append("Venue: Conference Room 2, Police Headquarters, ").append(plan.body().force()).append("\n\nPresent:\n");
		out.append(p.pcc()).append(" (").append(People.initials(p.pcc())).append(") – Police and Crime Commissioner (Chair)\n");
		out.append(p.dpcc()).append(" (").append(People.initials(p.dpcc())).append(") – Deputy Police and Crime Commissioner\n");
		out.append(p.cc()).append(" (").append(People.initials(p.cc())).append(") – Chief Constable\n");
		out.append(p.dcc()).append(" (").append(People.initials(p.dcc())).append(") – Deputy Chief Constable\n");
		out.append(p.cex()).append(" (").append(People.initials(p.cex())).append(") – Chief Executive, OPCC\n\n");
		out.append("In attendance:\n").append(p.officer()).append(" – Policy Officer, OPCC (minutes)\n\n");
		out.append("Apologies:\n").append(p.acc()).append(" (").append(People.initials(p.acc()))
			.append(") – Assistant Chief Constable, Crime and Justice\n\n");
		out.append("1. Welcome and apologies\n1.1 The Chair welcomed everyone to the meeting.\n\n");
		out.append("2. Minutes of the previous meeting and action log\n");
		int para = 1;
		if (plan.previous() != null) {
			out.append("2.").append(para++).append(" The minutes of the meeting held on ")
				.append(plan.previous().format(Wording.DAY_MONTH_YEAR)).append(" were agreed as a true record.\n");
		}
		int ref = 1;
		for (Map.Entry<YearMonth, List<BodyHistory.Report>> month : AssuranceNotes.byMonth(plan.reports()).entrySet()) {
			out.append("2.").append(para++).append(" Actions from the ").append(month.getKey().format(Wording.MONTH_YEAR))
				.append(" meeting were reviewed:\n");
			for (BodyHistory.Report r : month.getValue()) {
				out.append(' ').append(ref++).append('/').append(plan.date().getYear() % 100).append(" – ")
					.append(r.action().owner()).append(" to ").append(r.action().phrase()).append(". Update: ")
					.append(r.update()).append(".\n");
			}
		}
		int n = 3;
		for (BodyHistory.Item item : plan.items()) {
			out.append('\n').append(n).append(". ").append(Wording.capitalise(item.topic())).append('\n');
			int sub = 1;
			for (String line : item.discussion()) {
				out.append(n).append('.').append(sub++).append(' ').append(line).append('\n');
			}
			for (BodyHistory.Raised action : item.actions()) {
				out.append("Action: ").append(action.wording()).append(".\n");
			}
			n++;
		}
		out.append('\n').append(n).append(". Any other business\n").append(n).append(".1 No actions arose.\n");
		return out.toString();
	}

	/** Modelled on {@code layouts/pfcc-accountability-board.txt}. */
	static String actionByColumn(BodyHistory.Plan plan) {
		People p = plan.body().people();
		StringBuilder out = new StringBuilder(plan.body().force()).append(" Police, Fire and Crime Commissioner\n");
		out.append(plan.body().name()).append(" – Minutes\n");
		out.append("Date:\t").append(plan.date().format(Wording.WEEKDAY_DATE)).append('\n');
		out.append("Time:\t09:30 – 12:00\nLocation:\tBoardroom, Darley Court, ").append(plan.body().force()).append("\n\n");
		out.append("Present\tName\tRole\n");
		out.append('\t').append(p.pcc()).append("\tPolice, Fire and Crime Commissioner (PFCC) – Chair\n");
		out.append('\t').append(p.dpcc()).append("\tDeputy Police, Fire and Crime Commissioner\n");
		out.append('\t').append(p.cc()).append("\tChief Constable\n");
		out.append('\t').append(p.dcc()).append("\tDeputy Chief Constable\n");
		out.append('\t').append(p.acc()).append("\tAssistant Chief Constable\n");
		out.append('\t').append(p.officer()).append("\tPolicy Assistant, OPFCC (minutes)\n");
		out.append("Apologies\t").append(p.cex()).append("\tChief Executive, OPFCC\n\n");
		out.append("Item\tMinute\tAction by\n");
		out.append("1.\tWelcome, apologies and declarations of interest\t\n\tNo declarations of interest were made.\t\n");
		out.append("2.\tMinutes and action log\t\n");
		if (plan.previous() != null) {
			out.append("\tThe minutes of ").append(plan.previous().format(Wording.DAY_MONTH_YEAR)).append(" were approved.\t\n");
		}
		for (Map.Entry<YearMonth, List<BodyHistory.Report>> month : AssuranceNotes.byMonth(plan.reports()).entrySet()) {
			out.append("\tActions from the ").append(month.getKey().format(Wording.MONTH_YEAR)).append(" meeting:\t\n");
			for (BodyHistory.Report r : month.getValue()) {
				out.append('\t').append(r.action().owner()).append(" to ").append(r.action().phrase())
					.append(". Update – ").append(r.update()).append(".\t").append(r.action().owner()).append('\n');
			}
		}
		int n = 3;
		for (BodyHistory.Item item : plan.items()) {
			out.append(n++).append(".\t").append(Wording.capitalise(item.topic())).append("\t\n");
			item.discussion().forEach(line -> out.append('\t').append(line).append("\t\n"));
			for (BodyHistory.Raised action : item.actions()) {
				out.append("\tACTION: ").append(Wording.capitalise(action.phrase())).append(action.due()).append(".\t")
					.append(action.owner()).append('\n');
			}
		}
		out.append(n).append(".\tAny other business\t\n\tNone.\t\n\nOFFICIAL\n");
		return out.toString();
	}

}
