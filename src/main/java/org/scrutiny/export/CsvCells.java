package org.scrutiny.export;

/**
 * The one place CSV cells are made safe to open in a spreadsheet (OWASP CSV injection): a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading single quote, so that no
 * spreadsheet takes it for a formula.
 */
public final class CsvCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvCells() {
	}

	public static String neutralise(String cell) {
		if (cell == null) {
			return "";
		}
		return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
