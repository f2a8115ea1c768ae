package org.scrutiny.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build-time step (exec-maven-plugin, phase process-classes): compiles every {@code reports/*.jrxml} into
 * {@code target/classes/reports/*.jasper} and copies the shared style template beside them. Reports are never
 * compiled when the job runs.
 */
public final class CompileReports {

	private static final Logger log = LoggerFactory.getLogger(CompileReports.class);

	private static final String TEMPLATE = ".jrxml";

	private static final String COMPILED = ".jasper";

	private static final String STYLES = ".jrtx";

	private CompileReports() {
	}

	/** {@code args[0]}: the folder of templates; {@code args[1]}: where the compiled reports go. */
	public static void main(String[] args) throws IOException, JRException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: CompileReports <reports folder> <output folder>");
		}
		System.setProperty("java.awt.headless", "true");
		Path sources = Path.of(args[0]);
		Path target = Files.createDirectories(Path.of(args[1]));
		List<Path> files;
		try (Stream<Path> listing = Files.list(sources)) {
			files = listing.sorted().toList();
		}
		int compiled = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.endsWith(TEMPLATE)) {
				Path out = target.resolve(name.substring(0, name.length() - TEMPLATE.length()) + COMPILED);
				JasperCompileManager.compileReportToFile(file.toString(), out.toString());
				compiled++;
			}
			else if (name.endsWith(STYLES)) {
				Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		log.info("Compiled {} report templates from {} into {}", compiled, sources, target);
	}

}
