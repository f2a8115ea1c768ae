package org.scrutiny.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.scrutiny.normalise.Normaliser;
import org.scrutiny.parse.MeetingParser;

/**
 * Run by {@code bench/formats}, not by the test suite: documents read per second for each published format, from the
 * same meetings (the first N text notes of a bench corpus, typeset as PDF tables with {@link TypesetNotes}, saved as
 * .docx, and as .doc where LibreOffice is installed), against parsing the same notes' text, on one core with a warm
 * JVM. One line per format: {@code bench: format=pdf docs=... pages_per_doc=... docs_per_s=... ms_per_doc=...}; then
 * the same for documents of about ten pages (seven notes typeset as one), PDF against parsing their text.
 */
public final class FormatsBenchmark {

	private FormatsBenchmark() {
	}

	/** {@code args}: the folder of text notes, how many of them, the number of timed passes, a scratch folder. */
	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		int passes = Integer.parseInt(args[2]);
		Path scratch = Files.createDirectories(Path.of(args[3]));
		List<Path> notes;
		try (Stream<Path> files = Files.list(corpus)) {
			notes = files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(count).toList();
		}
		List<String> texts = new ArrayList<>();
		for (Path note : notes) {
			texts.add(Files.readString(note, StandardCharsets.UTF_8));
		}
		List<byte[]> pdfs = texts.stream().map(TypesetNotes::pdf).toList();
		List<byte[]> docx = new ArrayList<>();
		for (String text : texts) {
			docx.add(WordDocumentTests.docx(text.lines().toList()));
		}
		time("text", texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList(), passes, 1);
		time("pdf", pdfs, passes, pages(pdfs));
		time("docx", docx, passes, 1);
		List<byte[]> doc = savedAsDoc(docx, scratch);
		if (doc.isEmpty()) {
			System.out.println("bench: format=doc skipped (LibreOffice's soffice is not installed to make the files)");
		}
		else {
			time("doc", doc, passes, 1);
		}
		timed("parse", texts, passes, 1, text -> new MeetingParser().parse("notes.txt", new Normaliser().normalise(text)));
		// issue 24 sets extraction against parsing for a typical published file of about ten pages: the notes of
		// several meetings typeset as one document, read, and their text parsed
		List<String> longer = joined(texts, NOTES_PER_LONG_DOCUMENT);
		List<byte[]> longPdfs = longer.stream().map(TypesetNotes::pdf).toList();
		double longPages = pages(longPdfs);
		time("pdf", longPdfs, passes, longPages);
		timed("parse", longer, passes, longPages, text -> new MeetingParser().parse("notes.txt", new Normaliser().normalise(text)));
	}

	/** How many notes make one document of about ten pages. */
	private static final int NOTES_PER_LONG_DOCUMENT = 7;

	private static List<String> joined(List<String> texts, int each) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i + each <= texts.size(); i += each) {
			out.add(String.join("\n\n", texts.subList(i, i + each)));
		}
		return out;
	}

	/** Reading each document as the job's ingest step does: detecting its kind and taking out its text. */
	private static void time(String format, List<byte[]> documents, int passes, double pagesPerDoc) {
		timed(format, documents, passes, pagesPerDoc, bytes -> InputFileReader.decode("notes", bytes));
	}

	private static <T> void timed(String label, List<T> items, int passes, double pagesPerDoc, Function<T, ?> work) {
		// warmed up on as many passes as are timed, so that the compiler has done its work on the code measured
		for (int pass = 0; pass < passes; pass++) {
			items.forEach(work::apply);
		}
		long start = System.nanoTime();
		for (int pass = 0; pass < passes; pass++) {
			items.forEach(work::apply);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int done = items.size() * passes;
		String kind = label.equals("parse") ? "step=parse" : "format=" + label;
		System.out.println(String.format(Locale.UK, "bench: %s docs=%d pages_per_doc=%.1f docs_per_s=%.0f ms_per_doc=%.2f", kind,
				items.size(), pagesPerDoc, done / seconds, seconds * 1000 / done));
	}

	private static double pages(List<byte[]> pdfs) throws IOException {
		long pages = 0;
		for (byte[] pdf : pdfs) {
			try (PDDocument document = Loader.loadPDF(pdf)) {
				pages += document.getNumberOfPages();
			}
		}
		return (double) pages / pdfs.size();
	}

	/** The .docx files saved as .doc by LibreOffice; none where it is not installed. */
	private static List<byte[]> savedAsDoc(List<byte[]> docx, Path scratch) throws Exception {
		List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--convert-to", "doc", "--outdir",
				scratch.resolve("doc").toString()));
		for (int i = 0; i < docx.size(); i++) {
			Path file = scratch.resolve(String.format(Locale.ROOT, "%05d.docx", i));
			Files.write(file, docx.get(i));
			command.add(file.toString());
		}
		try {
			Process soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(scratch.resolve("soffice.log").toFile())
				.start();
			if (!soffice.waitFor(30, TimeUnit.MINUTES) || soffice.exitValue() != 0) {
				return List.of();
			}
		}
		catch (IOException notInstalled) {
			return List.of();
		}
		List<byte[]> doc = new ArrayList<>();
		for (int i = 0; i < docx.size(); i++) {
			doc.add(Files.readAllBytes(scratch.resolve("doc").resolve(String.format(Locale.ROOT, "%05d.doc", i))));
		}
		return doc;
	}

}
