package org.govreport.dsl.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word (.docx) report with POI: paragraphs in order, and every table cell by cell, row by row,
 * as Word holds them (a merged cell once, with empty cells where a vertical merge continues). The
 * tables are read as tables, never through the document's text, so that cells keep their places.
 */
final class DocxSource {
	/** A report is a few hundred kB; a part that inflates beyond this is not a report but an attack. */
	private static final long MAX_PART_BYTES = 64L * 1024 * 1024;
	private static final long MAX_TEXT_CHARS = 16L * 1024 * 1024;
	/** Parts compressed more than 1:100 are what zip bombs are made of; Word's own parts stay far below. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	private DocxSource() {
	}

	static List<Chunk> read(byte[] bytes) throws ImportException {
		limitInflation();
		try (var document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			var chunks = new ArrayList<Chunk>();
			int paragraphs = 0;
			int tables = 0;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					chunks.add(Chunk.paragraph(paragraph.getText(), "第 " + ++paragraphs + " 段"));
				} else if (element instanceof XWPFTable table) {
					addTable(table, ++tables, chunks);
				} else if (element instanceof XWPFSDT control) {
					// a content control (Word form field) holds text like a paragraph
					chunks.add(Chunk.paragraph(control.getContent().getText(), "第 " + ++paragraphs + " 段"));
				}
			}
			return chunks;
		} catch (IOException | RuntimeException e) {
			throw new ImportException("不是可读的 Word 文档（.docx）：" + why(e), e);
		}
	}

	/** POI's limits are process-wide; they are set on every read so that no other caller can loosen them. */
	private static void limitInflation() {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
		ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
	}

	private static void addTable(XWPFTable table, int number, List<Chunk> chunks) {
		var rows = table.getRows();
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = rows.get(r);
			var cells = row.getTableCells();
			for (int c = 0; c < cells.size(); c++) {
				chunks.add(Chunk.cell(text(cells.get(c)), "表 " + number + " 第 " + (r + 1) + " 行第 " + (c + 1) + " 格"));
			}
			chunks.add(Chunk.rowEnd("表 " + number + " 第 " + (r + 1) + " 行"));
		}
	}

	/** The paragraphs of a cell joined without a break: 本年新 / 制作数量 is one header. */
	private static String text(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining());
	}

	/** What went wrong, in the user's words; POI's own messages name its internals. */
	private static String why(Throwable e) {
		var messages = new StringBuilder();
		for (Throwable cause = e; cause != null && messages.length() < 10_000; cause = cause.getCause() == cause ? null : cause.getCause()) {
			messages.append(cause.getClass().getSimpleName()).append(' ').append(cause.getMessage()).append('\n');
		}
		var all = messages.toString();
		if (all.contains("Zip bomb") || all.contains("allocate an array") || all.contains("exceed") && all.contains("max")) {
			return "解压后过大（可能是“压缩炸弹”），为安全不予读取";
		}
		if (all.contains("DOCTYPE")) {
			return "其中的 XML 含有 DOCTYPE 声明（Word 从不写入），为安全不予读取";
		}
		if (all.contains("No valid entries") || all.contains("OOXML") || all.contains("not a valid document")
				|| all.contains("officeDocument") || all.contains("content type")) {
			return "不是 Word 文档（压缩包中没有 Word 正文，可能是 Excel、PowerPoint 或其他 ZIP 文件）";
		}
		return "文件已损坏或不完整";
	}
}
