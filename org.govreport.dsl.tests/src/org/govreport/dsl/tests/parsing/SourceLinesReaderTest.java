package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.source.SourceText;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The parse tree as source lines: every text with the exact place a diagnostic will point at. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class SourceLinesReaderTest {

	@Inject
	private ParseHelper<Report> parser;

	@Test
	void everyLineKindWithTextAndPlace() throws Exception {
		String source = """
				机关：江城镇 # 注释
				二、主动公开政府信息情况
				（三）不予公开 1.属于国家秘密 | 1 |  | 11210元 | 无
				\"""
				第一段
				\"""
				""";
		List<SourceLine> lines = SourceLinesReader.read(parser.parse(source));
		assertEquals("""
				field 1:1 机关 = 1:4 江城镇
				heading 2:1 二、主动公开政府信息情况
				table 3:1 （三）不予公开 1.属于国家秘密 | 3:20 number 1 | 3:23 empty | 3:27 number 11210 unit 元 | 3:36 word 无
				prose 4:4 [\\n第一段\\n]
				""", render(lines));
	}

	@Test
	void aCellIsANumberANumberWithAUnitOrElseOneWord() throws Exception {
		String source = "采购 | 2 | 11210元 | 589.08 万元 | 无 | | +7 | 5 6 | 约 5\n";
		SourceLine.TableLine line = (SourceLine.TableLine) SourceLinesReader.read(parser.parse(source)).get(0);
		assertEquals(List.of("number 2", "number 11210 unit 元", "number 589.08 unit 万元", "word 无", "empty",
				"number +7", "word 5 6", "word 约 5"),
				line.cells().stream().map(cell -> render(cell).replaceFirst(" \\| \\d+:\\d+ ", ""))
						.collect(Collectors.toList()));
	}

	@Test
	void anEmptyCellPointsJustAfterItsSeparator() throws Exception {
		String source = "规章 | | 5\n";
		SourceLine.TableLine line = (SourceLine.TableLine) SourceLinesReader.read(parser.parse(source)).get(0);
		SourceRange empty = line.cells().get(0).range();
		assertEquals(source.indexOf('|') + 1, empty.offset());
		assertEquals(0, empty.length());
		SourceRange five = line.cells().get(1).range();
		assertEquals(source.indexOf('5'), five.offset());
		assertEquals(1, five.length());
	}

	private static String render(List<SourceLine> lines) {
		return lines.stream().map(SourceLinesReaderTest::render).collect(Collectors.joining("\n")) + "\n";
	}

	private static String render(SourceLine line) {
		if (line instanceof SourceLine.FieldLine field) {
			return "field " + at(field.key()) + " " + field.key().text() + " = " + at(field.value()) + " "
					+ field.value().text();
		}
		if (line instanceof SourceLine.HeadingLine heading) {
			return "heading " + at(heading.text()) + " " + heading.text().text();
		}
		if (line instanceof SourceLine.ProseLine prose) {
			return "prose " + at(prose.text()) + " [" + prose.text().text().replace("\n", "\\n") + "]";
		}
		SourceLine.TableLine table = (SourceLine.TableLine) line;
		return "table " + at(table.label()) + " " + table.label().text()
				+ table.cells().stream().map(SourceLinesReaderTest::render).collect(Collectors.joining());
	}

	private static String render(SourceCell cell) {
		String place = cell.range().line() + ":" + cell.range().column();
		if (cell.isEmpty()) {
			return " | " + place + " empty";
		}
		if (cell.word() != null) {
			return " | " + place + " word " + cell.word().text();
		}
		return " | " + place + " number " + cell.number().text()
				+ (cell.unit() == null ? "" : " unit " + cell.unit().text());
	}

	private static String at(SourceText text) {
		return text.range().line() + ":" + text.range().column();
	}
}
