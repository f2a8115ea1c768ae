package org.scrutiny.ingest;

/**
 * One entry of the input folder as read at ingest: its bytes' checksum and size, and either its decoded text or the
 * reason it cannot be read.
 *
 * @param name the file name (no folder), which identifies the file in the ledger
 * @param checksum SHA-256 of the bytes as lower-case hex, or null when the entry could not be read
 * @param size size in bytes
 * @param charset the charset the text was decoded with, or null when rejected
 * @param text the decoded text, or null when rejected
 * @param rejection why the entry cannot be used, or null
 */
public record InputFile(String name, String checksum, long size, String charset, String text, String rejection) {

	static InputFile readable(String name, String checksum, long size, String charset, String text) {
		return new InputFile(name, checksum, size, charset, text, null);
	}

	static InputFile rejected(String name, String checksum, long size, String reason) {
		return new InputFile(name, checksum, size, null, null, reason);
	}

	public boolean isRejected() {
		return rejection != null;
	}

}
