package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;

import org.govreport.dsl.importer.ImportException;
import org.govreport.dsl.importer.ReportImporter;
import org.junit.jupiter.api.Test;

/** What the importer says about a file it cannot read as it is: what the file is, in Chinese. */
class SourceMessagesTest extends ImportTesting {

	@Test
	void utf16WithAByteOrderMarkIsReadWithANote() throws Exception {
		var utf8 = Files.readAllBytes(resources().resolve("江城镇-2020.txt"));
		var text = new String(utf8, StandardCharsets.UTF_8);
		var expected = dump(model(new ReportImporter().read("江城镇-2020.txt", utf8).text(), "a"));
		for (Charset charset : new Charset[] { StandardCharsets.UTF_16, StandardCharsets.UTF_16LE }) {
			var bytes = charset == StandardCharsets.UTF_16LE ? withLittleEndianMark(text) : text.getBytes(charset);
			var result = new ReportImporter().read("江城镇-2020.txt", bytes);
			assertEquals(expected, dump(model(result.text(), "a")), charset.name());
			assertEquals("文本是 UTF-16 编码，按 UTF-16 读取", result.notes().get(0).message());
		}
	}

	@Test
	void utf16WithoutAByteOrderMarkIsRecognised() throws Exception {
		var text = Files.readString(resources().resolve("江城镇-2020.txt"));
		var result = new ReportImporter().read("江城镇-2020.txt", text.getBytes(StandardCharsets.UTF_16LE));
		assertEquals("文本是 UTF-16 编码（UTF-16LE，开头无标记），按 UTF-16 读取", result.notes().get(0).message());
	}

	@Test
	void big5IsRefusedSayingSo() throws Exception {
		var text = "江城鎮2020年政府資訊公開工作年度報告\n一、總體情況\n";
		assertEquals("文本是 Big5 编码（繁体），请另存为 UTF-8 后再导入", error("a.txt", text.getBytes(Charset.forName("Big5"))));
	}

	@Test
	void randomBytesNamedDocxAreNoWordDocument() {
		var bytes = new byte[4096];
		new Random(15).nextBytes(bytes);
		assertEquals("不是 Word 文档（.docx 文件应是 ZIP 压缩包，此文件不是）", error("报告 (1).docx", bytes));
		assertEquals("不是 PDF 文件（开头没有 %PDF 标记）", error("报告.pdf", bytes));
		assertEquals("不是文本文件，也不是 Word、PDF 或网页文件", error("报告.txt", bytes));
	}

	@Test
	void aBrokenPdfIsRefusedInChinese() {
		assertEquals("不是可读的 PDF 文件（文件损坏或不完整）", error("a.pdf", "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void aFullWidthDigitIsNotedOnce() throws Exception {
		var seed = Files.readString(resources().resolve("町店镇-2020.txt"));
		var result = new ReportImporter().read("町店镇-2020.txt", seed.replace("行政许可\n0\n+0\n0\n", "行政许可\n７\n+0\n0\n")
				.getBytes(StandardCharsets.UTF_8));
		assertTrue(result.notes().stream().anyMatch(note -> note.message().equals("行政许可 上一年项目数量：原文“７”，按 7")),
				result.notes().toString());
	}

	private static byte[] withLittleEndianMark(String text) {
		var body = text.getBytes(StandardCharsets.UTF_16LE);
		var bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		return bytes;
	}

	private static String error(String name, byte[] content) {
		return assertThrows(ImportException.class, () -> new ReportImporter().read(name, content)).getMessage();
	}
}
