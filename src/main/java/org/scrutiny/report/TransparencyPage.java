package org.scrutiny.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutiny.export.OutputFolders;
import org.scrutiny.report.ReportContent.Section;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The transparency report as a web page, {@code <YYYY-MM>/transparency/index.html} with its {@code style.css}: the
 * same {@link ReportContent} as the PDF (so the same figures, the same material left out, the same wording), printed
 * by the Thymeleaf template {@code templates/transparency/index.html}, which escapes every text it prints. No script,
 * nothing fetched from elsewhere; each meeting has an anchor ({@code meeting-2018-03-12}) that the rows taken from it
 * link to, and each action in its tables a history ({@code action-<ledger id>}: agreed, each later report, closed)
 * that its rows link to, so that a reader can follow it from month to month. Nothing of the moment of the run is printed, so the same store gives the same bytes.
 */
public final class TransparencyPage {

	/** The page's folder, inside the period's. */
	public static final String FOLDER = "transparency";

	public static final String PAGE = "index.html";

	public static final String STYLES = "style.css";

	private static final String TEMPLATES = "templates/transparency/";

	/** How many of an action's words name it in the link to its history. */
	private static final int NAME_WORDS = 8;

	private final TemplateEngine engine = new TemplateEngine();

	public TransparencyPage() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(TransparencyPage.class.getClassLoader());
		resolver.setPrefix(TEMPLATES);
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
	}

	/** The page's HTML. */
	public String render(ReportContent content) {
		Context context = new Context(Locale.UK);
		content.values().forEach(context::setVariable);
		Map<LocalDate, String> anchors = new HashMap<>();
		Map<String, String> histories = new HashMap<>();
		List<Map<String, Object>> historyRows = histories(content, histories);
		context.setVariable(TransparencyData.HISTORIES, historyRows);
		for (Map.Entry<String, Section> entry : content.sections().entrySet()) {
			context.setVariable(entry.getKey(), section(entry.getValue(), anchors, histories));
		}
		Section roles = content.sections().get("RoleCounts");
		if (roles != null) {
			context.setVariable("Chart", PageChart.of(roles.rows().stream().map(Rows.RoleCount.class::cast).toList(),
					String.valueOf(roles.params().get("ChartAlt"))));
		}
		Section topics = content.sections().get("TopicGrid");
		if (topics != null) {
			context.setVariable("TopicColumns", topicColumns(topics));
		}
		return engine.process("index", context);
	}

	/** Writes {@code folder/transparency/index.html} and its style sheet, each moved into place whole. */
	public Path write(ReportContent content, Path folder) {
		Path page = OutputFolders.inside(folder, FOLDER);
		try {
			Files.createDirectories(page);
			byte[] styles;
			try (InputStream in = TransparencyPage.class.getClassLoader().getResourceAsStream(TEMPLATES + STYLES)) {
				if (in == null) {
					throw new IllegalStateException("no " + TEMPLATES + STYLES + " on the classpath");
				}
				styles = in.readAllBytes();
			}
			OutputFolders.replaceWhole(page.resolve(STYLES), file -> Files.write(file, styles));
			byte[] html = render(content).getBytes(StandardCharsets.UTF_8);
			return OutputFolders.replaceWhole(page.resolve(PAGE), file -> Files.write(file, html));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the web page in " + page, ex);
		}
	}

	/**
	 * A section as the template reads it: intro, more and rows, each row its record's components by name. A meeting
	 * row gets its anchor ({@code id}); a row from a meeting on the page links to it ({@code href}), and an action row
	 * whose history the page has links to that ({@code history}, named for a screen reader by {@code historyOf}). The
	 * meetings section comes first in the content, so its anchors are known before the rows that link to them.
	 */
	private static Map<String, Object> section(Section section, Map<LocalDate, String> anchors,
			Map<String, String> histories) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Record row : section.rows()) {
			Map<String, Object> fields = fields(row);
			if (row instanceof Rows.Meeting meeting) {
				String id = "meeting-" + meeting.meetingDate();
				// two meetings on one day: the second is meeting-<date>-2; rows link to the first (they carry no more)
				int same = (int) rows.stream().filter(r -> meeting.meetingDate().equals(r.get("meetingDate"))).count();
				fields.put("id", same == 0 ? id : id + "-" + (same + 1));
				anchors.putIfAbsent(meeting.meetingDate(), id);
			}
			else if (fields.get("meetingDate") instanceof LocalDate date && anchors.containsKey(date)) {
				fields.put("href", "#" + anchors.get(date));
				fields.put("from", date.format(PeriodSections.DAY));
			}
			if (fields.get("ledgerId") instanceof String ledgerId && histories.containsKey(ledgerId)) {
				fields.put("history", "#" + anchor(ledgerId));
				fields.put("historyOf", histories.get(ledgerId));
			}
			rows.add(fields);
		}
		Map<String, Object> model = new HashMap<>();
		model.put("intro", section.intro());
		model.put("more", section.more());
		model.put("rows", rows);
		return model;
	}

	/**
	 * The histories as the template reads them, each with its anchor ({@code id}) and its reports; and, into
	 * {@code names}, the few words of each action's text that its rows' links name it by.
	 */
	private static List<Map<String, Object>> histories(ReportContent content, Map<String, String> names) {
		List<Map<String, Object>> out = new ArrayList<>();
		if (!(content.values().get(TransparencyData.HISTORIES) instanceof List<?> histories)) {
			return out;
		}
		for (Object item : histories) {
			Rows.History history = (Rows.History) item;
			Map<String, Object> fields = fields(history);
			fields.put("id", anchor(history.ledgerId()));
			fields.put("reports", history.reports().stream().map(TransparencyPage::fields).toList());
			names.put(history.ledgerId(), shortName(history.text()));
			out.add(fields);
		}
		return out;
	}

	/** The anchor of an action's history: {@code action-<ledger id>}. */
	private static String anchor(String ledgerId) {
		return "action-" + ledgerId;
	}

	/** An action's first words, enough to tell it from its neighbours without reading the whole text aloud again. */
	static String shortName(String text) {
		String[] words = text.strip().split("\\s+");
		return words.length <= NAME_WORDS ? String.join(" ", words)
				: String.join(" ", List.of(words).subList(0, NAME_WORDS)) + "\u2026";
	}

	private static Map<String, Object> fields(Record row) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (RecordComponent component : row.getClass().getRecordComponents()) {
			try {
				fields.put(component.getName(), component.getAccessor().invoke(row));
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("cannot read " + component.getName(), ex);
			}
		}
		if (row instanceof Rows.Topic topic) {
			fields.put("cells", List.of(topic.m1(), topic.m2(), topic.m3(), topic.m4(), topic.m5(), topic.m6()));
		}
		return fields;
	}

	/** The grid's meeting columns in use, oldest first; a topic row's cells past them are empty. */
	private static List<String> topicColumns(Section topics) {
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= TopicGrid.COLUMNS; i++) {
			Object date = topics.params().get("Meeting" + i);
			if (date != null && !date.toString().isEmpty()) {
				columns.add(date.toString());
			}
		}
		return columns;
	}

}
