package org.govreport.dsl.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what a published report was saved as, from its first bytes and then its name, and hands it to
 * the reader of that form. A file whose name promises one form and whose bytes are another is refused
 * saying what it is not, rather than read as text.
 */
final class SourceFormats {
	private static final int[] ZIP = { 'P', 'K', 3, 4 };
	private static final int[] PDF = { '%', 'P', 'D', 'F' };
	private static final int[] OLE = { 0xD0, 0xCF, 0x11, 0xE0 };
	/** How a saved web page starts, after a byte order mark, white space or comments. */
	private static final Pattern HTML_START = Pattern.compile("(?is)^[\\s\\uFEFF]*(?:<!--.*?-->\\s*)*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b");
	private static final int SNIFFED_CHARS = 4096;

	private SourceFormats() {
	}

	static List<Chunk> chunks(String sourceName, byte[] content, ImportNotes notes) throws ImportException {
		var extension = extension(sourceName);
		if (TextDecoding.startsWith(content, ZIP)) {
			return DocxSource.read(content);
		}
		if (TextDecoding.startsWith(content, PDF)) {
			return PlainTextSource.read(PdfSource.layout(content));
		}
		if (TextDecoding.startsWith(content, OLE)) {
			throw new ImportException("旧版 Word 文档（.doc）或其他 Office 文件不能导入：请在 Word 中另存为 .docx");
		}
		switch (extension) {
		case "docx":
			throw new ImportException("不是 Word 文档（.docx 文件应是 ZIP 压缩包，此文件不是）");
		case "pdf":
			throw new ImportException("不是 PDF 文件（开头没有 %PDF 标记）");
		default:
			break;
		}
		var text = TextDecoding.decode(content, notes);
		if (extension.equals("html") || extension.equals("htm") || extension.equals("xhtml")
				|| HTML_START.matcher(text.substring(0, Math.min(text.length(), SNIFFED_CHARS))).find()) {
			return HtmlSource.read(text);
		}
		return PlainTextSource.read(text);
	}

	private static String extension(String sourceName) {
		int dot = sourceName.lastIndexOf('.');
		return dot < 0 ? "" : sourceName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
