package org.scrutiny.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 checksums as lower-case hex: how the ledger recognises a file it has already read.
 */
public final class Checksums {

	private static final int BLOCK = 64 * 1024;

	private Checksums() {
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** The checksum of a file, read in blocks: memory stays small however big the file. */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest = sha256();
		byte[] block = new byte[BLOCK];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(block); n >= 0; n = in.read(block)) {
				digest.update(block, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A new SHA-256 digest, to hash data given piece by piece. */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	public static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

}
