package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Help;

/** The help at 80 columns breaks Chinese between words, never inside one. */
class HelpLineBreaksTest {
	private static final int WIDTH = 80;

	@Test
	void noHelpBreaksBetweenTwoChineseCharactersOrRunsPastEightyColumns() {
		var root = GovReportCommand.commandLine();
		for (var command : root.getSubcommands().values()) {
			var lines = help(command).lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				assertTrue(columns(lines.get(i)) <= WIDTH, command.getCommandName() + ": " + lines.get(i));
				if (i > 0) {
					String before = lines.get(i - 1).stripTrailing();
					String after = lines.get(i).strip();
					assertTrue(before.isEmpty() || after.isEmpty() || !chinese(before.codePointBefore(before.length()))
							|| !chinese(after.codePointAt(0)), command.getCommandName() + " breaks a word: " + before + " / " + after);
				}
			}
		}
	}

	@Test
	void everyLevelNameStandsWholeOnALineOfTheHelpOfSumAndNew() {
		for (String command : List.of("sum", "new")) {
			String help = help(GovReportCommand.commandLine().getSubcommands().get(command));
			for (OrganLevel level : OrganLevels.all()) {
				assertTrue(help.lines().anyMatch(line -> line.contains(level.name())), command + " --help cuts " + level.name() + ":\n" + help);
			}
		}
	}

	@Test
	void everyCommandAnswersHelpWithItsUsage() {
		for (String command : List.of("check", "build", "fmt", "new", "import", "sum", "table", "diff", "lsp")) {
			CommandLineRun run = CommandLineRun.of(command, "--help");
			assertEquals(0, run.exitCode(), command + ": " + run.err());
			assertTrue(run.out().startsWith("Usage: govreport " + command), run.out());
		}
	}

	@Test
	void aWordWiderThanTheColumnIsCutToFit() {
		var scheme = Help.defaultColorScheme(Help.Ansi.OFF);
		assertEquals(List.of("中华人民", "共和国"), HelpLineBreaks.lines("中华人民共和国", 8, scheme));
		assertEquals(List.of("一、二、", "三"), HelpLineBreaks.lines("一、二、三", 8, scheme));
		assertEquals(List.of("one two", "three"), HelpLineBreaks.lines("one two three", 8, scheme));
	}

	private static String help(CommandLine command) {
		var text = new StringWriter();
		command.usage(new PrintWriter(text), Help.Ansi.OFF);
		return text.toString();
	}

	private static boolean chinese(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static int columns(String line) {
		return line.codePoints().map(c -> chinese(c) || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F ? 2 : 1).sum();
	}
}
