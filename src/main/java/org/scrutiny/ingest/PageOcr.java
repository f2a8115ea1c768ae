package org.scrutiny.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Reads the words on a scanned page with Tesseract (Debian's {@code tesseract-ocr}), where it is installed: the page's
 * image goes in on standard input as a PNG, its text comes back on standard output. Where no {@code tesseract} command
 * runs, there is no OCR and a scan is rejected by name instead.
 */
interface PageOcr {

	/** The text on the page, a line per printed line. */
	String read(BufferedImage page) throws IOException;

	/** Tesseract on the PATH, if it runs: looked for once. */
	static Optional<PageOcr> installed() {
		return Tesseract.INSTALLED;
	}

	/** The {@code tesseract} command. */
	final class Tesseract implements PageOcr {

		private static final Optional<PageOcr> INSTALLED = runs() ? Optional.of(new Tesseract()) : Optional.empty();

		/** A page that takes longer than this is not read: OCR of one page takes a few seconds. */
		private static final long PAGE_SECONDS = 120;

		private Tesseract() {
		}

		private static boolean runs() {
			try {
				Process version = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
				version.getInputStream().readAllBytes();
				return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		@Override
		public String read(BufferedImage page) throws IOException {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(page, "png", png);
			// "-" "-": the image from standard input, the text to standard output; English, automatic page layout
			Process ocr = new ProcessBuilder(List.of("tesseract", "-", "-", "-l", "eng")).redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			CompletableFuture<byte[]> text = CompletableFuture.supplyAsync(() -> readAll(ocr.getInputStream()));
			try (OutputStream in = ocr.getOutputStream()) {
				png.writeTo(in);
			}
			try {
				if (!ocr.waitFor(PAGE_SECONDS, TimeUnit.SECONDS)) {
					ocr.destroyForcibly();
					throw new IOException("OCR took over " + PAGE_SECONDS + " s for one page");
				}
				if (ocr.exitValue() != 0) {
					throw new IOException("OCR failed, exit code " + ocr.exitValue());
				}
				return new String(text.join(), StandardCharsets.UTF_8);
			}
			catch (InterruptedException ex) {
				ocr.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new IOException("OCR interrupted", ex);
			}
		}

		private static byte[] readAll(InputStream in) {
			try (in) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				return new byte[0];
			}
		}

	}

}
