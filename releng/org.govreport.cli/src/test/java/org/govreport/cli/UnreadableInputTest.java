package org.govreport.cli;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read is reported with the reason, and hides nothing of the others (issue 11, item 9). */
class UnreadableInputTest {
	private static final String UNBALANCED = edit(jiangcheng2020(),
			"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0");

	@TempDir
	Path folder;

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS) // reading a FIFO would wait for a writer for ever
	void checkReportsEachUnreadableFileAndStillChecksTheOthers() throws Exception {
		Path gbk = Files.write(folder.resolve("a-旧稿.govreport"), "机关：江城镇".getBytes(Charset.forName("GBK")));
		Path fifo = mkfifo(folder.resolve("b-管道.govreport"));
		Path report = Files.writeString(folder.resolve("c-江城镇-2020.govreport"), UNBALANCED);
		CommandLineRun run = CommandLineRun.of("check", folder.toString()).withoutInformation();
		assertEquals(new CommandLineRun(ExitCodes.USAGE,
				report + ":30:20: error [govreport.balance.R1] 一 自然人 应为 0（各项均为 0），实为 1，多 1\n",
				"govreport: " + gbk + ":1:1: not UTF-8 text (saved as GBK?); save the file as UTF-8\n"
						+ "govreport: " + fifo + ": cannot read: is a FIFO (named pipe), not a report file\n"),
				run);
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aFifoNamedOnTheCommandLineIsReportedNotOpened() throws Exception {
		Path fifo = mkfifo(folder.resolve("江城镇-2020.govreport"));
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "",
				"govreport: " + fifo + ": cannot read: is a FIFO (named pipe), not a report file\n"),
				CommandLineRun.of("check", fifo.toString()));
	}

	@Test
	void aDeviceIsReportedAsADevice() {
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: /dev/null: cannot read: is a device, not a report file\n"),
				CommandLineRun.of("check", "/dev/null"));
	}

	@Test
	void buildAndFmtGoOnPastAnUnreadableFileAndExitTwoAtTheEnd() throws IOException {
		Path gbk = Files.write(folder.resolve("a-旧稿.govreport"), "机关：江城镇".getBytes(Charset.forName("GBK")));
		Path report = Files.writeString(folder.resolve("b-江城镇-2020.govreport"), jiangcheng2020());
		Path out = folder.resolve("out");
		String unreadable = "govreport: " + gbk + ":1:1: not UTF-8 text (saved as GBK?); save the file as UTF-8\n";
		assertEquals(new CommandLineRun(ExitCodes.USAGE, report + " → " + out.resolve("江城镇-2020.txt")
				+ "\nbuilt 1 of 2 reports: 1 documents in " + out + "\n", unreadable),
				CommandLineRun.of("build", folder.toString(), "--to", "txt", "-o", out.toString()));
		assertEquals(new CommandLineRun(ExitCodes.USAGE, "formatted " + report + "\n", unreadable),
				CommandLineRun.of("fmt", gbk.toString(), report.toString()));
	}

	@Test
	void aFolderWithoutReportsIsAUsageError() throws IOException {
		Path empty = Files.createDirectory(folder.resolve("空"));
		for (String command : new String[] { "check", "build", "fmt" }) {
			assertEquals(new CommandLineRun(ExitCodes.USAGE, "", "govreport: no reports (*.govreport) found in " + empty + "\n"),
					CommandLineRun.of(command, empty.toString()), command);
		}
	}

	static Path mkfifo(Path path) throws IOException, InterruptedException {
		Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertEquals(0, mkfifo.waitFor());
		return path;
	}
}
