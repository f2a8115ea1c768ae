package org.scrutiny.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills a report with its {@link ReportContent} and exports it as a tagged PDF, fixed for PDF/UA-1 by
 * {@link PdfUaPostProcessor}. Loads only the reports compiled at build time into {@code reports/} on the classpath
 * (never a template from elsewhere: JasperReports 7.0.3 deserialises what it loads), once each.
 */
public class ReportRenderer {

	/** Where the build puts the compiled reports and the style template, on the classpath. */
	static final String FOLDER = "reports/";

	private static final String STYLES = FOLDER + "styles.jrtx";

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	private volatile JRTemplate styles;

	/** Fills and exports; the PDF's bytes. */
	public byte[] render(ReportContent content) {
		try {
			JasperPrint print = JasperFillManager.fillReport(report(content.template()), parameters(content),
					new JREmptyDataSource(1));
			return PdfUaPostProcessor.fix(export(print));
		}
		catch (JRException ex) {
			throw new IllegalStateException("cannot fill " + content.template(), ex);
		}
	}

	/** Renders into {@code folder/<content.fileName()>}. */
	public Path write(ReportContent content, Path folder) {
		Path file = folder.resolve(content.fileName());
		try {
			Files.write(file, render(content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		return file;
	}

	private Map<String, Object> parameters(ReportContent content) throws JRException {
		Map<String, Object> parameters = new HashMap<>(content.values());
		parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
		parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("Europe/London"));
		parameters.put("Styles", styles());
		for (Map.Entry<String, ReportContent.Section> entry : content.sections().entrySet()) {
			ReportContent.Section section = entry.getValue();
			Map<String, Object> subParameters = new HashMap<>(section.params());
			subParameters.put("Styles", styles());
			subParameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
			parameters.put(entry.getKey() + "Report", report(section.subreport()));
			parameters.put(entry.getKey() + "Data", new RecordDataSource(section.rows()));
			parameters.put(entry.getKey() + "Params", subParameters);
			parameters.put(entry.getKey() + "Intro", section.intro());
			parameters.put(entry.getKey() + "More", section.more());
		}
		return parameters;
	}

	private static byte[] export(JasperPrint print) throws JRException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setTagged(true);
		configuration.setTagLanguage("en-GB");
		configuration.setDisplayMetadataTitle(true);
		configuration.setMetadataCreator("Scrutiny");
		exporter.setConfiguration(configuration);
		exporter.exportReport();
		return out.toByteArray();
	}

	private JasperReport report(String name) {
		return compiled.computeIfAbsent(name, n -> {
			try (InputStream in = resource(FOLDER + n + ".jasper")) {
				return (JasperReport) JRLoader.loadObject(in);
			}
			catch (IOException | JRException ex) {
				throw new IllegalStateException("cannot load the compiled report " + n, ex);
			}
		});
	}

	private JRTemplate styles() {
		if (styles == null) {
			try (InputStream in = resource(STYLES)) {
				styles = JRXmlTemplateLoader.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return styles;
	}

	private static InputStream resource(String path) throws IOException {
		InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IOException(path + " is not on the classpath: build with Maven, which compiles reports/");
		}
		return in;
	}

}
