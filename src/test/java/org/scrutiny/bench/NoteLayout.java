package org.scrutiny.bench;

import java.util.function.Function;

/**
 * The layouts the generated notes take, each modelled on a sample or layout note the parser is tested on: the tabbed
 * monthly assurance meeting ({@code seeds/000_…}), the holding to account meeting with a matters-arising table
 * ({@code layouts/hta-matters-arising.txt}), the numbered board minutes ({@code layouts/pab-numbered-minutes.txt})
 * and the commissioner's board with an "action by" column ({@code layouts/pfcc-accountability-board.txt}).
 */
enum NoteLayout {

	MONTHLY_ASSURANCE("mam", "Monthly Assurance Meeting", AssuranceNotes::monthlyAssurance),

	HOLDING_TO_ACCOUNT("hta", "Holding to Account Meeting", AssuranceNotes::holdingToAccount),

	NUMBERED_MINUTES("pab", "Police Accountability Board", BoardMinutes::numbered),

	ACTION_BY_COLUMN("pfcc", "Accountability Board (Policing)", BoardMinutes::actionByColumn);

	private final String suffix;

	private final String bodyName;

	private final Function<BodyHistory.Plan, String> renderer;

	NoteLayout(String suffix, String bodyName, Function<BodyHistory.Plan, String> renderer) {
		this.suffix = suffix;
		this.bodyName = bodyName;
		this.renderer = renderer;
	}

	String suffix() {
		return suffix;
	}

	String bodyName(String force) {
		return force + " " + bodyName;
	}

	String render(BodyHistory.Plan plan) {
		return renderer.apply(plan);
	}

}
