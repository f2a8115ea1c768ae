package org.scrutiny.normalise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of a value in an action table's owner column: short upper-case codes, perhaps numbered for the action
 * they belong to. Shape only: which codes are roles is the parser's business.
 */
public final class OwnerCellShape {

	// matches: DPCC 2.CEx   1.ACC/ DPCC 2.ACC/ DPCC/ CEx 3.CC   CC   C/ACC   DCC DCC
	private static final Pattern OWNER_CELL = Pattern
		.compile("(?:\\d{1,2}\\.\\s*)?[A-Z][A-Za-z]{0,5}(?:\\s*[/,&]?\\s*(?:\\d{1,2}\\.\\s*)?[A-Z][A-Za-z]{0,5})*");

	private OwnerCellShape() {
	}

	public static boolean matches(String cell) {
		String c = cell.strip();
		return hasOwnerShape(c) && OWNER_CELL.matcher(c).matches();
	}

	/**
	 * False where {@link #OWNER_CELL} cannot match, which spares most cells the pattern (and spares a long run of
	 * capitals the pattern's many ways of splitting it into codes before it fails): an owner cell starts with a capital
	 * or its number and holds only letters, digits, white space and {@code . / , &}.
	 */
	private static boolean hasOwnerShape(String cell) {
		if (cell.isEmpty() || !(isUpper(cell.charAt(0)) || isDigit(cell.charAt(0)))) {
			return false;
		}
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			boolean allowed = isUpper(c) || c >= 'a' && c <= 'z' || isDigit(c) || ". /,&".indexOf(c) >= 0
					|| c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	private static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** The row's last cell when it is shaped like an owner and another cell is filled, else null. */
	public static String trailingCell(List<String> cells) {
		int filled = 0;
		for (String cell : cells) {
			if (!cell.isBlank()) {
				filled++;
			}
		}
		String last = cells.isEmpty() ? "" : cells.get(cells.size() - 1).strip();
		return filled >= 2 && matches(last) ? last : null;
	}

}
