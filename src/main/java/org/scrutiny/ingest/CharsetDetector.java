package org.scrutiny.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Works out how a file's bytes are encoded, in the order the notes are published: a byte order mark (UTF-8, UTF-16
 * little or big endian) wins; otherwise bytes that are valid UTF-8 are UTF-8; anything else is taken as
 * windows-1252, the encoding of text saved from older office software (where {@code £} is {@code 0xA3} and curly
 * quotes are {@code 0x91}-{@code 0x94}).
 */
final class CharsetDetector {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final byte[] UTF_8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] UTF_16LE_BOM = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] UTF_16BE_BOM = { (byte) 0xFE, (byte) 0xFF };

	private CharsetDetector() {
	}

	/**
	 * The text of the bytes and the charset it was read with.
	 */
	record DecodedText(Charset charset, String text) {

	}

	static DecodedText decode(byte[] bytes) {
		if (startsWith(bytes, UTF_8_BOM)) {
			return lenient(bytes, UTF_8_BOM.length, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, UTF_16LE_BOM)) {
			return lenient(bytes, UTF_16LE_BOM.length, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, UTF_16BE_BOM)) {
			return lenient(bytes, UTF_16BE_BOM.length, StandardCharsets.UTF_16BE);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new DecodedText(StandardCharsets.UTF_8, text);
		}
		catch (CharacterCodingException notUtf8) {
			return lenient(bytes, 0, WINDOWS_1252);
		}
	}

	private static DecodedText lenient(byte[] bytes, int offset, Charset charset) {
		return new DecodedText(charset, new String(bytes, offset, bytes.length - offset, charset));
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
