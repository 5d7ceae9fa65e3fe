package org.govreport.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;


import org.govreport.dsl.importer.ReportImporter;
import org.govreport.dsl.tests.Examples;
import org.junit.jupiter.api.Test;

/**
 * The five published reports, as their text was copied off the web (resources/import, copies of the
 * shared seeds named after the organ), import to the same model as the hand-written examples: every
 * header field, every paragraph, every cell.
 */
class SeedImportTest extends ImportTesting {

	@Test
	void everySeedImportsToItsHandWrittenExample() throws Exception {
		for (Path example : Examples.files()) {
			var name = example.getFileName().toString().replace(".govreport", ".txt");
			var imported = new ReportImporter().read(name, Files.readAllBytes(resources().resolve(name)));
			assertEquals(dump(model(Files.readString(example), name)), dump(model(imported.text(), name)), name);
		}
	}

	@Test
	void interpretedFiguresAreNotedWithTheirSourceLine() throws Exception {
		assertEquals("""
				江城镇-2020.txt:71:2: 导入：行政事业性收费 本年增/减：原文“无”，按 0
				江城镇-2020.txt:81:2: 导入：政府集中采购 采购总金额：原文“11210元”，即 1.121 万元""", notes("江城镇-2020.txt"));
		assertEquals("""
				町店镇-2020.txt:42:1: 导入：行政许可 本年增/减：原文“+0”，按 0
				町店镇-2020.txt:46:1: 导入：其他对外管理服务事项 本年增/减：原文“+0”，按 0
				町店镇-2020.txt:55:1: 导入：行政处罚 本年增/减：原文“+0”，按 0
				町店镇-2020.txt:59:1: 导入：行政强制 本年增/减：原文“+0”，按 0
				町店镇-2020.txt:74:1: 导入：政府集中采购 采购总金额：原文“109930”，原文未写单位，按 万元""", notes("町店镇-2020.txt"));
	}

	@Test
	void theNotesStandBesideTheirCellsInTheFile() throws Exception {
		var text = new ReportImporter().read("江城镇-2020.txt", Files.readAllBytes(resources().resolve("江城镇-2020.txt"))).text();
		var noted = text.lines().filter(line -> line.contains("# 导入：")).collect(Collectors.joining("\n"));
		assertEquals("""
				# 由 govreport import 自 江城镇-2020.txt 导入；“# 导入：”注释说明读取时解释过的数字和未能归入表格的文字，核对后可删去。
				层级：乡镇 # 导入：由机关名称推断
				行政事业性收费     |              1 |         0 # 导入：本年增/减（71:2）原文“无”，按 0
				政府集中采购       |            2 |    11210元 # 导入：采购总金额（81:2）原文“11210元”，即 1.121 万元""", noted);
	}

	@Test
	void textSavedByChineseWindowsIsReadAsGb18030WithANote() throws Exception {
		var utf8 = Files.readAllBytes(resources().resolve("江城镇-2020.txt"));
		var gbk = new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030"));
		var fromGbk = new ReportImporter().read("江城镇-2020.txt", gbk);
		assertEquals(dump(model(new ReportImporter().read("江城镇-2020.txt", utf8).text(), "a")), dump(model(fromGbk.text(), "a")));
		assertEquals("江城镇-2020.txt:1:1: 导入：文件不是 UTF-8，按 GB18030（GBK）读取", fromGbk.notes().get(0).render("江城镇-2020.txt"));
	}

	private static String notes(String name) throws Exception {
		var result = new ReportImporter().read(name, Files.readAllBytes(resources().resolve(name)));
		return result.notes().stream().map(note -> note.render(name)).collect(Collectors.joining("\n"));
	}

}
