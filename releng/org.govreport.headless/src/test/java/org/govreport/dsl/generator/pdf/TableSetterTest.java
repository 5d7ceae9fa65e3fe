package org.govreport.dsl.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.govreport.dsl.generator.LibraryLogging;
import org.govreport.dsl.generator.layout.CellRole;
import org.govreport.dsl.generator.layout.PrintedCell;
import org.govreport.dsl.generator.layout.PrintedTable;
import org.junit.jupiter.api.Test;

/** A merged label printed down over its body rows ends inside them, however long it is. */
class TableSetterTest {
	private static final String LABEL = "一个比它所合并的两行高得多的分组标签";

	@Test
	void aMergedLabelTallerThanItsRowsMakesTheLastOfThemTaller() throws IOException {
		LibraryLogging.quiet();
		var header = List.of(PrintedCell.of("类别", CellRole.HEADER, 1, 1), PrintedCell.of("项目", CellRole.HEADER, 1, 1));
		var first = List.of(PrintedCell.of(LABEL, CellRole.GROUP, 1, 2), PrintedCell.of("甲", CellRole.LABEL, 1, 1));
		var second = List.of(new PrintedCell("", CellRole.GROUP, 1, 2, true, null), PrintedCell.of("乙", CellRole.LABEL, 1, 1));
		var table = new PrintedTable("test", List.of(header), List.of(first, second), List.of(1, 20));
		try (var document = new PDDocument()) {
			float bottom;
			try (var flow = new PageFlow(document, new GlyphSetter())) {
				flow.newPage();
				new TableSetter(flow, table).set();
				bottom = flow.y();
			}
			var baselines = labelBaselines(document);
			assertEquals(LABEL.length(), baselines.size(), "every character of the label printed once");
			float pageHeight = document.getPage(0).getMediaBox().getHeight();
			float lowest = (float) baselines.stream().mapToDouble(Float::doubleValue).max().orElseThrow();
			assertTrue(lowest < pageHeight - bottom, "the label's last line at " + lowest + " pt from the top, the table ends at "
					+ (pageHeight - bottom));
		}
	}

	/** The baselines (from the page's top) of the label's characters, which no other cell prints. */
	private static List<Float> labelBaselines(PDDocument document) throws IOException {
		var baselines = new ArrayList<Float>();
		new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				if (LABEL.contains(text.getUnicode()) && !"甲乙".contains(text.getUnicode())) {
					baselines.add(text.getYDirAdj());
				}
			}
		}.getText(document);
		return baselines;
	}
}
