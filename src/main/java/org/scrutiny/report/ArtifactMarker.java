package org.scrutiny.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Marks the drawing that JasperReports 7.0.3 leaves outside any tag (table borders, cell shading, rules under headings)
 * as {@code /Artifact}, as PDF/UA-1 requires of content that is not real content (rule 7.1-3). Each path, from its
 * first construction operator to the operator that paints it, and each XObject or shading drawn outside a tag, is
 * wrapped in {@code /Artifact BMC ... EMC}. Tagged content and text are left as they are.
 */
final class ArtifactMarker {

	private static final Set<String> PATH_CONSTRUCTION = Set.of("m", "l", "c", "v", "y", "h", "re", "W", "W*");

	private static final Set<String> PATH_PAINTING = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");

	private static final Set<String> WHOLE_OBJECTS = Set.of("Do", "sh", "BI");

	private static final Set<String> BEGIN_MARKED = Set.of("BDC", "BMC");

	private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

	private ArtifactMarker() {
	}

	static void markUntaggedDrawing(PDDocument document) throws IOException {
		for (PDPage page : document.getPages()) {
			List<Object> tokens = new PDFStreamParser(page).parse();
			PDStream stream = new PDStream(document);
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				new ContentStreamWriter(out).writeTokens(mark(tokens));
			}
			page.setContents(stream);
		}
	}

	static List<Object> mark(List<Object> tokens) {
		List<Object> result = new ArrayList<>(tokens.size() + 64);
		List<Object> operands = new ArrayList<>();
		int depth = 0;
		boolean inText = false;
		boolean inPath = false;
		for (Object token : tokens) {
			if (!(token instanceof Operator operator)) {
				operands.add(token);
				continue;
			}
			String name = operator.getName();
			boolean untagged = depth == 0 && !inText;
			if (untagged && PATH_CONSTRUCTION.contains(name) && !inPath) {
				beginArtifact(result);
				inPath = true;
			}
			else if (untagged && WHOLE_OBJECTS.contains(name)) {
				beginArtifact(result);
			}
			result.addAll(operands);
			result.add(operator);
			operands.clear();
			if (untagged && WHOLE_OBJECTS.contains(name) || inPath && PATH_PAINTING.contains(name)) {
				result.add(Operator.getOperator("EMC"));
				inPath = false;
			}
			if (BEGIN_MARKED.contains(name)) {
				depth++;
			}
			else if ("EMC".equals(name)) {
				depth = Math.max(0, depth - 1);
			}
			else if ("BT".equals(name)) {
				inText = true;
			}
			else if ("ET".equals(name)) {
				inText = false;
			}
		}
		result.addAll(operands);
		return result;
	}

	private static void beginArtifact(List<Object> result) {
		result.add(ARTIFACT);
		result.add(Operator.getOperator("BMC"));
	}

}
