package org.scrutiny.report;

import java.nio.file.Path;
import java.util.List;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in-process: the PDF/UA-1 rules a PDF fails, as "clause-test: description" (empty when it conforms). */
public final class PdfUaConformance {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfUaConformance() {
	}

	public static List<String> failedRules(Path pdf) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions().stream()
				.filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
				.map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
				.distinct()
				.toList();
		}
		catch (ModelParsingException | EncryptedPdfException | ValidationException | java.io.IOException ex) {
			throw new IllegalStateException("veraPDF could not validate " + pdf, ex);
		}
	}

}
