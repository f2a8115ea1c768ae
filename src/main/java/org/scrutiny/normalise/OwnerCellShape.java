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
		// an owner starts with a capital or its number: most cells are spared the pattern
		return !c.isEmpty() && (c.charAt(0) >= 'A' && c.charAt(0) <= 'Z' || c.charAt(0) >= '0' && c.charAt(0) <= '9')
				&& OWNER_CELL.matcher(c).matches();
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
