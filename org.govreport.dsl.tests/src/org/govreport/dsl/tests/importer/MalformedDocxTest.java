package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.govreport.dsl.importer.ImportException;
import org.govreport.dsl.importer.ReportImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word files that are broken or hostile get a clear error, quickly, and read nothing outside themselves. */
class MalformedDocxTest {
	private static final Duration NO_HANG = Duration.ofSeconds(30);
	private static final String BODY = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
			+ "<w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>";

	@TempDir
	Path folder;

	@Test
	void aFileThatIsNoZipIsRefused() {
		var error = importError("PK\u0003\u0004 but no zip after all".getBytes(StandardCharsets.US_ASCII));
		assertTrue(error.startsWith("不是可读的 Word 文档（.docx）："), error);
	}

	@Test
	void aZipWithoutAWordDocumentIsRefused() throws IOException {
		var error = importError(zip("notes.txt", "hello"));
		assertTrue(error.startsWith("不是可读的 Word 文档（.docx）："), error);
	}

	@Test
	void aZipBombIsRefusedBeforeItInflates() throws IOException {
		var bomb = new ByteArrayOutputStream();
		try (var zip = startDocx(bomb)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			var spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		var error = importError(bomb.toByteArray());
		assertEquals("不是可读的 Word 文档（.docx）：解压后过大（可能是“压缩炸弹”），为安全不予读取", error);
	}

	@Test
	void anExternalEntityIsNeverRead() throws IOException {
		var secret = Files.writeString(folder.resolve("secret.txt"), "机密-7731");
		var document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
				+ secret.toUri() + "\">]>" + BODY.formatted("&xxe;");
		var error = importError(docx(document));
		assertEquals("不是可读的 Word 文档（.docx）：其中的 XML 含有 DOCTYPE 声明（Word 从不写入），为安全不予读取", error);
		assertFalse(error.contains("机密-7731"), error);
	}

	@Test
	void aBrokenPdfIsRefusedWithoutItsReadersWords() {
		assertEquals("不是可读的 PDF 文件（文件损坏或不完整）",
				importError("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void textWithoutAnySectionIsNoReport() {
		assertEquals("找不到年度报告的任何部分（如“一、总体情况”“二、主动公开政府信息情况”），不像政府信息公开工作年度报告",
				assertThrows(ImportException.class, () -> new ReportImporter().read("纪要.txt", "会议纪要\n今天开会。\n".getBytes(StandardCharsets.UTF_8)))
						.getMessage());
	}

	private static String importError(byte[] content) {
		return assertTimeoutPreemptively(NO_HANG,
				() -> assertThrows(ImportException.class, () -> new ReportImporter().read("bad.docx", content)).getMessage());
	}

	private static byte[] docx(String documentXml) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = startDocx(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** The package parts every .docx has besides the document itself. */
	private static ZipOutputStream startDocx(ByteArrayOutputStream out) throws IOException {
		var zip = new ZipOutputStream(out);
		entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" "
				+ "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
		entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" "
				+ "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
				+ "Target=\"word/document.xml\"/></Relationships>");
		return zip;
	}

	private static byte[] zip(String name, String content) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			entry(zip, name, content);
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
