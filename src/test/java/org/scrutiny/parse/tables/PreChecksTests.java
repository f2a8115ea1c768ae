package org.scrutiny.parse.tables;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scrutiny.parse.RealLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutiny.PreChecks.differences;

/**
 * A table's header cells are read without a pattern per column. That may change no result: on every line of the test
 * notes, and on texts made to be awkward, each cell is read as each column's pattern reads it.
 */
class PreChecksTests {

	@Test
	void readsATableHeaderAsEachColumnsPatternReadsIt() throws ReflectiveOperationException {
		Field header = ActionTable.Column.class.getDeclaredField("header");
		header.setAccessible(true);
		List<Pattern> headers = new ArrayList<>();
		for (ActionTable.Column column : ActionTable.Column.values()) {
			headers.add(Pattern.compile("(?i)" + header.get(column)));
		}
		assertThat(differences(RealLines.texts(), ActionTable.Column::of, cell -> {
			String c = cell.strip().replaceAll("[:*]+$", "");
			for (int i = 0; i < headers.size(); i++) {
				if (headers.get(i).matcher(c).matches()) {
					return Optional.of(ActionTable.Column.values()[i]);
				}
			}
			return Optional.<ActionTable.Column>empty();
		})).isEmpty();
	}

}
