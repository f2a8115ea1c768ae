package org.scrutiny.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InputFileReaderTests {

	private static final String NOTE = "Budget – £1.2m agreed; the PCC said “we will” and ‘soon’.\nDate: 19 October 2016\n";

	private final InputFileReader reader = new InputFileReader();

	@Test
	void readsUtf8() {
		InputFile file = InputFileReader.decode("a.txt", NOTE.getBytes(StandardCharsets.UTF_8));
		assertThat(file.isRejected()).isFalse();
		assertThat(file.charset()).isEqualTo("UTF-8");
		assertThat(file.text()).isEqualTo(NOTE);
	}

	@Test
	void readsWindows1252WithPoundSignAndCurlyQuotes() {
		byte[] bytes = NOTE.getBytes(Charset.forName("windows-1252"));
		assertThat(bytes).contains((byte) 0xA3, (byte) 0x93, (byte) 0x94, (byte) 0x91, (byte) 0x92, (byte) 0x96);
		InputFile file = InputFileReader.decode("a.txt", bytes);
		assertThat(file.charset()).isEqualTo("windows-1252");
		assertThat(file.text()).isEqualTo(NOTE);
	}

	@Test
	void readsUtf16LittleEndianWithByteOrderMark() {
		InputFile file = InputFileReader.decode("a.txt", withPrefix(new byte[] { (byte) 0xFF, (byte) 0xFE },
				NOTE.getBytes(StandardCharsets.UTF_16LE)));
		assertThat(file.charset()).isEqualTo("UTF-16LE");
		assertThat(file.text()).isEqualTo(NOTE);
	}

	@Test
	void readsUtf16BigEndianWithByteOrderMark() {
		InputFile file = InputFileReader.decode("a.txt", withPrefix(new byte[] { (byte) 0xFE, (byte) 0xFF },
				NOTE.getBytes(StandardCharsets.UTF_16BE)));
		assertThat(file.charset()).isEqualTo("UTF-16BE");
		assertThat(file.text()).isEqualTo(NOTE);
	}

	@Test
	void dropsTheUtf8ByteOrderMark() {
		InputFile file = InputFileReader.decode("a.txt", withPrefix(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				NOTE.getBytes(StandardCharsets.UTF_8)));
		assertThat(file.charset()).isEqualTo("UTF-8");
		assertThat(file.text()).isEqualTo(NOTE);
	}

	@Test
	void readsTheTextOfAnHtmlPageALineABlockAndCellsByTabs() {
		String page = """
				<!DOCTYPE html>
				<html><head><title>Board minutes</title><style>p { color: red }</style></head>
				<body><h1>Police Accountability Board</h1><p>Date: 14 May
				2019</p><table><tr><th>Action</th><th>Owner</th></tr><tr><td>Publish the report</td><td>DCC</td></tr>
				</table><script>var date = "1 January 1999";</script></body></html>
				""";
		InputFile file = InputFileReader.decode("minutes.html", page.getBytes(StandardCharsets.UTF_8));
		assertThat(file.text()).isEqualTo("""
				Board minutes
				Police Accountability Board
				Date: 14 May 2019
				Action\tOwner
				Publish the report\tDCC
				""");
	}

	@Test
	void keepsTextWithAFewStrayControlCharacters() {
		InputFile file = InputFileReader.decode("a.txt", (NOTE + "\u0007\u001b\f").getBytes(StandardCharsets.UTF_8));
		assertThat(file.isRejected()).isFalse();
	}

	@Test
	void readsChecksumAndSizeFromTheFile(@TempDir Path folder) throws Exception {
		Path path = Files.writeString(folder.resolve("abc.txt"), "abc");
		InputFile file = reader.read(path);
		assertThat(file.name()).isEqualTo("abc.txt");
		assertThat(file.size()).isEqualTo(3);
		assertThat(file.checksum()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(file.text()).isEqualTo("abc");
	}

	@Nested
	class Rejects {

		@Test
		void anEmptyFile(@TempDir Path folder) throws Exception {
			InputFile file = reader.read(Files.createFile(folder.resolve("empty.txt")));
			assertThat(file.rejection()).isEqualTo(InputFileReader.EMPTY);
			assertThat(file.checksum()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
			assertThat(file.text()).isNull();
		}

		@Test
		void aFileOfBlankSpace() {
			assertThat(InputFileReader.decode("a.txt", " \n\t\r\n".getBytes(StandardCharsets.US_ASCII)).rejection())
				.isEqualTo(InputFileReader.BLANK);
		}

		@Test
		void aBinaryFileWithNulBytes() {
			byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
			InputFile file = InputFileReader.decode("logo.png", png);
			assertThat(file.rejection()).isEqualTo(InputFileReader.NUL_BYTES);
			assertThat(file.size()).isEqualTo(png.length);
		}

		@Test
		void aFileOfMostlyControlCharacters() {
			byte[] bytes = "\u0001\u0002\u0003\u0004a\u0005\u0006\u0007\u0008b".getBytes(StandardCharsets.US_ASCII);
			assertThat(InputFileReader.decode("a.bin", bytes).rejection())
				.isEqualTo(InputFileReader.CONTROL_CHARACTERS);
		}

		@Test
		void aFolder(@TempDir Path folder) throws Exception {
			InputFile file = reader.read(Files.createDirectory(folder.resolve("archive")));
			assertThat(file.rejection()).isEqualTo(InputFileReader.FOLDER);
			assertThat(file.checksum()).isNull();
		}

		@Test
		void aFileTooBigToBeNotesFromItsSizeAlone(@TempDir Path folder) throws Exception {
			Path big = folder.resolve("big.txt");
			try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
				file.setLength(InputFileReader.MAX_BYTES + 1);
			}
			InputFile file = reader.read(big);
			assertThat(file.rejection()).isEqualTo(InputFileReader.TOO_LARGE + (InputFileReader.MAX_BYTES + 1)
					+ " bytes, over the limit of " + InputFileReader.MAX_BYTES + " bytes");
			assertThat(file.checksum()).hasSize(64);
			assertThat(file.text()).isNull();
		}

		@Test
		void aFileThatCannotBeRead(@TempDir Path folder) throws Exception {
			Path locked = Files.writeString(folder.resolve("locked.txt"), "notes");
			Files.setPosixFilePermissions(locked, java.util.Set.of());
			org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "root reads every file");
			assertThat(reader.read(locked).rejection()).isEqualTo(InputFileReader.UNREADABLE + "permission denied");
		}

		@Test
		void anHtmlPageWithNoText() {
			byte[] page = "<!DOCTYPE html><html><head><script>x()</script></head><body> </body></html>"
				.getBytes(StandardCharsets.UTF_8);
			assertThat(InputFileReader.decode("page.html", page).rejection()).isEqualTo(InputFileReader.EMPTY_PAGE);
		}

		@Test
		void aFileThatIsNotThere(@TempDir Path folder) {
			assertThat(reader.read(folder.resolve("gone.txt")).rejection()).isEqualTo(InputFileReader.NOT_A_FILE);
		}

	}

	private static byte[] withPrefix(byte[] prefix, byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(prefix);
		out.writeBytes(bytes);
		return out.toByteArray();
	}

}
