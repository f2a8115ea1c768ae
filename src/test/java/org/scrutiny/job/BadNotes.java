package org.scrutiny.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Notes for the bad-input tests: one small board's minutes, dated as asked, in the layout of the samples.
 */
final class BadNotes {

	private BadNotes() {
	}

	/** Minutes of 'Police Accountability Board' on the date given; {@code discussion} goes into item 2. */
	static String minutes(String date, String discussion) {
		return """
				Police Accountability Board – Minutes
				Date: %s
				Chair: Peter Marsh, Police and Crime Commissioner

				Present:
				Peter Marsh – Police and Crime Commissioner
				Robert Kane – Chief Constable
				Lucy Grant – Policy Officer, OPCC (minutes)

				1. Welcome and apologies
				There were no apologies.

				2. Budget
				%s
				Action: CC to report on the £1.2m “Bridge” budget to the next meeting.
				Action: PCC to write to the ‘Home Office’ about the grant by July.

				3. Any other business
				None.
				""".formatted(date, discussion);
	}

	/** The same minutes cut off in the middle of the actions, as a file saved half way. */
	static String cutOff(String date) {
		String whole = minutes(date, "The CC presented the budget.");
		return whole.substring(0, whole.indexOf("Action: PCC to write to") + "Action: PCC to write".length());
	}

	/** The minutes as a web page, one paragraph a line, with a script that must not be read as notes. */
	static String htmlPage(String notes) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Minutes</title><script>var d = \"Date: 1 January 1999\";</script></head><body>\n");
		for (String line : notes.split("\n")) {
			html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	/** A file of {@code megabytes} MB of text, written a block at a time. */
	static Path bigFile(Path file, int megabytes) throws IOException {
		byte[] block = new byte[1024 * 1024];
		Arrays.fill(block, (byte) 'x');
		for (int i = 79; i < block.length; i += 80) {
			block[i] = '\n';
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int i = 0; i < megabytes; i++) {
				out.write(block);
			}
		}
		return file;
	}

	/** Words without a line break, {@code length} characters long. */
	static String longLine(int length) {
		String words = "the board discussed the custody budget and the estate review at length ";
		return words.repeat(length / words.length() + 1).substring(0, length);
	}

	static byte[] utf16WithByteOrderMark(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		return bytes;
	}

}
