package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class BuildProgressTest {
	private static final String CLEAR_LINE = "\r\033[K";

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	@Test
	void onATerminalManyReportsDrawOneBarRedrawnInPlace() {
		BuildProgress progress = BuildProgress.of(10, new PrintWriter(err, true), true);
		for (int report = 1; report <= 2; report++) {
			Path file = Path.of("r" + report + ".govreport");
			progress.starting(file);
			progress.finished(file, List.of(Path.of("out/r" + report + ".html")), new PrintWriter(out, true));
		}
		progress.clear();
		assertEquals(CLEAR_LINE + "[                              ] 0/10 r1.govreport" + CLEAR_LINE + "[###                           ] 1/10 r2.govreport"
				+ CLEAR_LINE, err.toString());
		assertEquals("", out.toString());
	}

	@Test
	void elsewhereEachBuiltReportIsOnePlainLine() {
		BuildProgress progress = BuildProgress.of(10, new PrintWriter(err, true), false);
		Path file = Path.of("r1.govreport");
		progress.starting(file);
		progress.finished(file, List.of(Path.of("out/r1.html"), Path.of("out/r1.pdf")), new PrintWriter(out, true));
		progress.finished(Path.of("r2.govreport"), List.of(), new PrintWriter(out, true));
		progress.clear();
		assertEquals("r1.govreport → out/r1.html out/r1.pdf\n", out.toString());
		assertEquals("", err.toString());
	}

	@Test
	void aFewReportsOnATerminalAreListedToo() {
		BuildProgress progress = BuildProgress.of(3, new PrintWriter(err, true), true);
		progress.finished(Path.of("r1.govreport"), List.of(Path.of("out/r1.html")), new PrintWriter(out, true));
		assertEquals("r1.govreport → out/r1.html\n", out.toString());
	}
}
