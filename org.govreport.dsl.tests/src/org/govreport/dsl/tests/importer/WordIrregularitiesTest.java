package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.govreport.dsl.importer.ReportImporter;
import org.junit.jupiter.api.Test;

/**
 * A Word report the way offices write them: a split title behind 附件1：, flattened numbering, a note after a
 * heading, a table title outside its table, a header broken over two paragraphs, units and words in cells, a blank total, a page
 * number typed into a table, the 结果维护 typo.
 */
class WordIrregularitiesTest extends ImportTesting {

	@Test
	void aWordReportAsOfficesWriteThemImportsWithNotes() throws Exception {
		var imported = new ReportImporter().read("某镇.docx", officeReport());
		assertEquals("""
				某镇.docx:表 1 第 2 行第 3 格: 导入：政府集中采购 采购总金额：原文“11210元”，即 1.121 万元
				某镇.docx:表 2 第 2 行第 3 格: 导入：予以公开 自然人：原文“1件”，去掉单位“件”
				某镇.docx:表 2 第 2 行第 9 格: 导入：予以公开 总计：原文空白，合计由检查算出
				某镇.docx:表 2 第 3 行第 1 格: 导入：略去页码“- 3 -”
				某镇.docx:表 3 第 3 行第 2 格: 导入：行政复议 结果纠正：原文“无”，按 0""",
				imported.notes().stream().map(note -> note.render("某镇.docx")).collect(Collectors.joining("\n")));
		var report = dump(model(imported.text(), "某镇.docx"));
		assertEquals("""
				机关 某镇人民政府
				年度 2020
				格式 2019-60
				层级 乡镇
				一、总体情况
				  本镇依法公开政府信息。
				二、主动公开政府信息情况
				三、收到和处理政府信息公开申请情况
				四、政府信息公开行政复议、行政诉讼情况
				五、存在的主要问题及改进情况
				  无。
				六、其他需要报告的事项
				  无。
				art20.9[purchasing,purchases] = 2
				art20.9[purchasing,purchaseAmount] = 1.121
				applications[granted,natural] = 1
				applications[granted,total] = 1
				applications[total,natural] = 1
				applications[total,total] = 1
				appeals[review,upheld] = 1
				appeals[review,total] = 1""",
				report.lines().filter(line -> !line.contains("[") || !line.endsWith("= 0")).collect(Collectors.joining("\n")));
	}

	private static byte[] officeReport() throws Exception {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			for (String text : List.of("附件1：某镇人民政府2020年政府信息公开工作", "年 度 报 告", "1、 总体情况", "本镇依法公开政府信息。",
					"二、主动公开政府信息情况（单位：件）", "第二十条第（九）项")) {
				document.createParagraph().createRun().setText(text);
			}
			table(document, List.of(List.of("信息内容", "采购项目\n数量", "采购总金额"), List.of("政府集中采购", " 2 ", "11210元")));
			document.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
			table(document, List.of(List.of("申请人情况", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
					List.of("三、本年度办理结果", "（一）予以公开", "1件", "0", "0", "0", "0", "0", ""), List.of("- 3 -")));
			document.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
			table(document, List.of(List.of("行政复议", "行政诉讼"), List.of("结果维护", "结果纠正", "其他结果", "尚未审结", "总计"),
					List.of("1", "无", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")));
			for (String text : List.of("五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。")) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/** A table with the given rows; a line break in a cell's text makes a second paragraph in the cell. */
	private static void table(XWPFDocument document, List<List<String>> rows) {
		var table = document.createTable();
		for (int r = 0; r < rows.size(); r++) {
			var row = r == 0 ? table.getRow(0) : table.createRow();
			var cells = rows.get(r);
			while (row.getTableCells().size() < cells.size()) {
				row.addNewTableCell();
			}
			for (int c = 0; c < cells.size(); c++) {
				fill(row.getCell(c), cells.get(c));
			}
		}
	}

	private static void fill(XWPFTableCell cell, String text) {
		var lines = text.split("\n");
		cell.getParagraphs().get(0).createRun().setText(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			cell.addParagraph().createRun().setText(lines[i]);
		}
	}
}
