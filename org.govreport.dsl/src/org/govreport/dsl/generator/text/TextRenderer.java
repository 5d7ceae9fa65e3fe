package org.govreport.dsl.generator.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.govreport.dsl.generator.DocumentRenderer;
import org.govreport.dsl.generator.layout.Block;
import org.govreport.dsl.generator.layout.DocumentLayout;
import org.govreport.dsl.generator.layout.PrintedCell;
import org.govreport.dsl.generator.layout.PrintedTable;
import org.govreport.dsl.model.Report;

/**
 * The report as the plain text that copying it out of Word gives, which web publishing systems take by
 * paste and the importer reads back: one paragraph a line; in a table, one cell a line, each behind a
 * tab, a blank line after every row, and a vertically merged cell repeated as an empty cell in the rows
 * it covers; one more blank line after the last table of a section.
 */
public final class TextRenderer implements DocumentRenderer {

	@Override
	public void render(Report report, OutputStream out) throws IOException {
		out.write(text(report).getBytes(StandardCharsets.UTF_8));
	}

	public static String text(Report report) {
		var text = new StringBuilder(16 * 1024);
		List<Block> blocks = DocumentLayout.of(report);
		for (int i = 0; i < blocks.size(); i++) {
			var block = blocks.get(i);
			if (block instanceof Block.Title title) {
				text.append(title.text()).append("\n\n");
			} else if (block instanceof Block.Heading heading) {
				text.append(heading.text()).append('\n');
			} else if (block instanceof Block.Text paragraph) {
				text.append(paragraph.text()).append('\n');
			} else if (block instanceof Block.Table table) {
				table(table.table(), text);
				if (i + 1 == blocks.size() || !(blocks.get(i + 1) instanceof Block.Table)) {
					text.append('\n');
				}
			}
		}
		return text.toString();
	}

	private static void table(PrintedTable table, StringBuilder text) {
		rows(table.headerRows(), text);
		rows(table.bodyRows(), text);
	}

	private static void rows(List<List<PrintedCell>> rows, StringBuilder text) {
		for (List<PrintedCell> row : rows) {
			row.forEach(cell -> text.append('\t').append(cell.text()).append('\n'));
			text.append('\n');
		}
	}
}
