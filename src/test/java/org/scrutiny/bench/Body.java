package org.scrutiny.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * A generated scrutiny body: one of a force's monthly meetings, with its own layout of notes and its own day of the
 * month (the n-th weekday).
 *
 * @param index its number, from 0
 * @param force the force area's name
 * @param name the body's name as its notes title it
 * @param layout how its notes are laid out
 * @param people its chair and members, one per role
 */
record Body(int index, String force, String name, NoteLayout layout, People people) {

	/** "westshire-pab": the start of its files' names. */
	String slug() {
		return force.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + layout.suffix();
	}

	LocalDate meetingIn(YearMonth month) {
		DayOfWeek day = DayOfWeek.of(1 + index % 4);
		return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(1 + (index / 4) % 3, day));
	}

}
