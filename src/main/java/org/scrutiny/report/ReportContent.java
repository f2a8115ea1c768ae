package org.scrutiny.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one report is filled with: its template, its own parameters (body, period...) and its sections, each a
 * subreport with its rows, the subreport's own parameters and a sentence introducing it.
 *
 * @param template the compiled report's name, e.g. {@code BoardPackReport}
 * @param fileName the PDF's name in the period folder
 */
public record ReportContent(String template, String fileName, Map<String, Object> values, Map<String, Section> sections) {

	/**
	 * @param subreport the compiled subreport's name, e.g. {@code ActionLogSubreport}
	 * @param more the sentence printed after a list that stopped at the {@link RowCap} ({@link CutListNote}), or
	 *        null when every row is printed
	 */
	public record Section(String subreport, List<? extends Record> rows, Map<String, Object> params, String intro,
			String more) {

		Section(String subreport, List<? extends Record> rows, Map<String, Object> params, String intro) {
			this(subreport, rows, params, intro, null);
		}

		Section(String subreport, List<? extends Record> rows, String intro) {
			this(subreport, rows, Map.of(), intro, null);
		}

		Section(String subreport, List<? extends Record> rows, String intro, String more) {
			this(subreport, rows, Map.of(), intro, more);
		}

	}

	static ReportContent of(String template, String fileName) {
		return new ReportContent(template, fileName, new LinkedHashMap<>(), new LinkedHashMap<>());
	}

	/** Number of rows of a section, for tests and logs. */
	public int rows(String section) {
		Section s = sections.get(section);
		return s == null ? 0 : s.rows().size();
	}

}
