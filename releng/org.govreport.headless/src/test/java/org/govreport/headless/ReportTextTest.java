package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTextTest {

	@TempDir
	Path folder;

	@Test
	void aGbkFileIsRefusedAtItsFirstChineseCharacter() throws IOException {
		Path file = folder.resolve("江城镇-2020.govreport");
		Files.write(file, "# comment\n年度：2020\n机关：江城镇\n".getBytes(Charset.forName("GBK")));
		IOException refused = assertThrows(IOException.class, () -> ReportText.read(file));
		assertEquals(file + ":2:1: not UTF-8 text (saved as GBK?); save the file as UTF-8", refused.getMessage());
	}

	@Test
	void theColumnCountsCharactersBeforeTheBadByte() throws IOException {
		Path file = folder.resolve("r.govreport");
		byte[] gbk = "江城镇".getBytes(Charset.forName("GBK"));
		byte[] utf8 = "机关：".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[utf8.length + gbk.length];
		System.arraycopy(utf8, 0, bytes, 0, utf8.length);
		System.arraycopy(gbk, 0, bytes, utf8.length, gbk.length);
		Files.write(file, bytes);
		IOException refused = assertThrows(IOException.class, () -> ReportText.read(file));
		assertEquals(file + ":1:4: not UTF-8 text (saved as GBK?); save the file as UTF-8", refused.getMessage());
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheText() throws IOException {
		Path file = Files.writeString(folder.resolve("r.govreport"), "\uFEFF机关：江城镇\n");
		assertEquals("机关：江城镇\n", ReportText.read(file));
	}

	@Test
	void aFiftyMegabyteFileIsRefusedNamingItWithoutBeingRead() throws IOException {
		Path file = folder.resolve("dump.govreport");
		try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE)) {
			// a sparse file: 50 MB long, written in no time
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { '\n' }), 50L * 1024 * 1024 - 1);
		}
		IOException refused = assertThrows(IOException.class, () -> ReportText.read(file));
		assertEquals(file + ": 52428800 bytes is too large for a report (at most 2097152); is it a report file?",
				refused.getMessage());
	}

	@Test
	void aReportOfTheLargestSizeIsStillRead() throws IOException {
		Path file = Files.writeString(folder.resolve("r.govreport"), "x".repeat((int) ReportText.MAX_BYTES));
		assertEquals(ReportText.MAX_BYTES, ReportText.read(file).length());
	}
}
