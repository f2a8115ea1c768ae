package org.scrutiny.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scrutiny.normalise.NoteLine;

/**
 * Notes lines for rule tests, written as the normaliser leaves them: one row a line, cells separated by ⇥ where the
 * notes have a tab, each cell stripped.
 */
public final class NoteLines {

	/** The head of the ICAT steering group's minutes (300 in ../shared/real): title, date line, two attendees. */
	public static final String ICAT_HEAD = """
			# ICAT Steering Committee Meeting

			Minutes – 1st April 2015 – 14:00 – DLS – UK

			0\\. Attendance

			- Tom Griffin (TG), STFC, Scientific Computing
			- Andy Goetz (AG), ESRF

			""";


	private NoteLines() {
	}

	public static NoteLine row(String cells) {
		return row(1, cells);
	}

	public static NoteLine row(int sourceLine, String cells) {
		return new NoteLine(sourceLine, Arrays.stream(cells.split("⇥", -1)).map(String::strip).toList());
	}

	/** A passage of notes, one row a line, numbered from 1. */
	public static List<NoteLine> rows(String passage) {
		List<NoteLine> lines = new ArrayList<>();
		String[] rows = passage.split("\n", -1);
		for (int i = 0; i < rows.length; i++) {
			lines.add(row(i + 1, rows[i]));
		}
		return lines;
	}

}
