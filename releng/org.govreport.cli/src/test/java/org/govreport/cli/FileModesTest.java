package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fmt keeps a file's mode and links and refuses a read-only file; new files get the mode the umask gives,
 * as any other program's (issue 11, item 3).
 */
class FileModesTest {
	private static final String UNALIGNED = "机关：江城镇\n年度：2020\n二、主动公开政府信息情况\n"
			+ "第二十条第（一）项 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章|0|0|0\n";

	@TempDir
	Path folder;

	@Test
	void fmtKeepsTheModeOfTheFile() throws IOException {
		Path report = Files.writeString(folder.resolve("江城镇-2020.govreport"), UNALIGNED);
		Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-r--"));
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("fmt", report.toString()).exitCode());
		assertEquals("rw-rw-r--", mode(report));
		assertEquals(false, Files.readString(report).equals(UNALIGNED), "formatted");
	}

	@Test
	void fmtFormatsTheTargetOfALinkAndLeavesTheLink() throws IOException {
		Path target = Files.writeString(Files.createDirectory(folder.resolve("真")).resolve("江城镇-2020.govreport"), UNALIGNED);
		Path link = Files.createSymbolicLink(folder.resolve("链接.govreport"), Path.of("真/江城镇-2020.govreport"));
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "formatted " + link + "\n", ""), CommandLineRun.of("fmt", link.toString()));
		assertEquals(true, Files.isSymbolicLink(link));
		assertEquals(new CommandLineRun(ExitCodes.CLEAN, "", ""), CommandLineRun.of("fmt", "--check", target.toString()));
	}

	@Test
	void fmtRefusesAReadOnlyFileAndGoesOn() throws IOException {
		Path readOnly = Files.writeString(folder.resolve("a-只读.govreport"), UNALIGNED);
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
		Path writable = Files.writeString(folder.resolve("b-可写.govreport"), UNALIGNED);
		assertEquals(new CommandLineRun(ExitCodes.PROBLEMS, "formatted " + writable + "\n",
				"govreport: " + readOnly + ": read-only file; left unchanged (make it writable first)\n"),
				CommandLineRun.of("fmt", folder.toString()));
		assertEquals(UNALIGNED, Files.readString(readOnly));
		assertEquals("r--r--r--", mode(readOnly));
	}

	@Test
	void newWritesAFileWithTheModeTheUmaskGives() throws IOException {
		Path report = folder.resolve("江城镇-2021.govreport");
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "-o", report.toString())
				.exitCode());
		assertEquals(mode(Files.createFile(folder.resolve("any new file"))), mode(report));
	}

	@Test
	void newWithForceKeepsTheModeOfTheFileItReplaces() throws IOException {
		Path report = Files.writeString(folder.resolve("江城镇-2021.govreport"), "old");
		Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
		assertEquals(ExitCodes.CLEAN, CommandLineRun.of("new", "--organ", "江城镇", "--year", "2021", "--force", "-o",
				report.toString()).exitCode());
		assertEquals("rw-r-----", mode(report));
	}

	@Test
	void importWritesAFileWithTheModeTheUmaskGives() throws IOException {
		Path published = Path.of("../../org.govreport.dsl.tests/resources/import/衡山镇-2020.txt");
		CommandLineRun run = CommandLineRun.of("import", published.toString(), "-o", folder.toString());
		Path imported = folder.resolve("霍山县衡山镇-2020.govreport");
		assertEquals(true, Files.exists(imported), run::toString);
		assertEquals(mode(Files.createFile(folder.resolve("any new file"))), mode(imported));
	}

	private static String mode(Path file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}
}
