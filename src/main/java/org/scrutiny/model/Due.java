package org.scrutiny.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When an action is due: a day where the notes give or imply one ("within two weeks"), otherwise a month ("in May").
 */
public record Due(YearMonth month, LocalDate day) {

	public static Due ofMonth(YearMonth month) {
		return new Due(month, null);
	}

	public static Due ofDay(LocalDate day) {
		return new Due(YearMonth.from(day), day);
	}

	/** The last day the action can be done on time. */
	public LocalDate deadline() {
		return day != null ? day : month.atEndOfMonth();
	}

	/** {@code YYYY-MM-DD} or {@code YYYY-MM}. */
	@Override
	public String toString() {
		return day != null ? day.toString() : month.toString();
	}

	public static Due parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.length() > 7 ? ofDay(LocalDate.parse(text)) : ofMonth(YearMonth.parse(text));
	}

}
