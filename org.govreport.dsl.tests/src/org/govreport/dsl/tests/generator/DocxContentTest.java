package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.template.ColumnSpec;
import org.govreport.dsl.template.RowSpec;
import org.govreport.dsl.template.TableSpec;
import org.junit.jupiter.api.Test;

/** Each example as Word, read back with POI: every figure of the model in its table, row and column. */
class DocxContentTest extends RenderedExamples {

	@Test
	void everyFigureStandsInItsRowAfterItsLabel() throws Exception {
		for (var example : examples().entrySet()) {
			var report = example.getValue();
			try (var document = new XWPFDocument(new ByteArrayInputStream(render(report, DocumentFormat.DOCX)))) {
				var specs = report.template().tables();
				assertEquals(specs.size(), document.getTables().size(), example.getKey());
				for (int i = 0; i < specs.size(); i++) {
					checkTable(example.getKey(), report, specs.get(i), document.getTables().get(i));
				}
			}
		}
	}

	@Test
	void headerRowsRepeatAndNoRowSplits() throws Exception {
		var report = firstExample();
		try (var document = new XWPFDocument(new ByteArrayInputStream(render(report, DocumentFormat.DOCX)))) {
			for (XWPFTable table : document.getTables()) {
				assertTrue(table.getRow(0).isRepeatHeader(), "first row is a header row");
				assertTrue(table.getRows().stream().allMatch(XWPFTableRow::isCantSplitRow), "no row may split across pages");
				assertTrue(bodyRows(table).stream().noneMatch(XWPFTableRow::isRepeatHeader));
				var rows = table.getRows();
				assertTrue(rows.subList(0, rows.size() - 1).stream()
						.allMatch(row -> row.getCell(0).getParagraphs().get(0).isKeepNext()),
						"every row but the last keeps with the next: Word moves a table that does not fit as a whole");
			}
		}
	}

	@Test
	void chineseTextCarriesTheOfficialEastAsianFonts() throws Exception {
		var report = firstExample();
		try (var document = new XWPFDocument(new ByteArrayInputStream(render(report, DocumentFormat.DOCX)))) {
			var title = document.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr().getRFontsArray(0);
			assertEquals("方正小标宋简体", title.getEastAsia());
			assertEquals("Times New Roman", title.getAscii());
			var heading = document.getParagraphs().stream().filter(p -> p.getText().equals("一、总体情况")).findFirst().orElseThrow();
			assertEquals("黑体", heading.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
			assertEquals(LineSpacingRule.EXACT, heading.getSpacingLineRule(), "fixed lines");
			assertEquals(28.0, heading.getSpacingBetween(), "28-point lines");
		}
	}

	private static void checkTable(String example, Report report, TableSpec spec, XWPFTable table) {
		var body = bodyRows(table);
		var model = report.table(spec.key());
		if (spec.printLayout() != null && spec.printLayout().dataRows() != null) {
			var printed = texts(body.get(0));
			var expected = new ArrayList<BigDecimal>();
			spec.printLayout().dataRows().get(0).forEach(ref -> expected.add(model.cell(ref).value()));
			assertFigures(example + " " + spec.key(), expected, printed);
			return;
		}
		assertEquals(spec.rows().size(), body.size(), example + " " + spec.key() + " rows");
		for (int i = 0; i < spec.rows().size(); i++) {
			RowSpec row = spec.rows().get(i);
			var cells = texts(body.get(i));
			var figures = cells.subList(cells.size() - spec.columns().size(), cells.size());
			var label = cells.get(cells.size() - spec.columns().size() - 1);
			assertEquals(row.label(), label, example + " " + spec.key() + " row " + i);
			var expected = new ArrayList<BigDecimal>();
			for (ColumnSpec column : spec.columns()) {
				expected.add(model.cell(row.key(), column.key()).value());
			}
			assertFigures(example + " " + spec.key() + " " + row.key(), expected, figures);
		}
	}

	private static void assertFigures(String where, List<BigDecimal> expected, List<String> printed) {
		assertEquals(expected.size(), printed.size(), where);
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(0, expected.get(i).compareTo(new BigDecimal(printed.get(i))),
					where + " column " + i + ": expected " + expected.get(i) + ", printed " + printed.get(i));
		}
	}

	private static List<XWPFTableRow> bodyRows(XWPFTable table) {
		return table.getRows().stream().filter(row -> !row.isRepeatHeader()).toList();
	}

	private static List<String> texts(XWPFTableRow row) {
		return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
	}
}
