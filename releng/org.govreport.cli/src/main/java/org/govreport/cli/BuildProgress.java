package org.govreport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What build tells while it works. On a terminal with many reports, one bar redrawn in place on the
 * error stream; elsewhere (CI logs, pipes, one report) a plain line per report built.
 */
abstract class BuildProgress {
	private static final int MANY = 10;

	static BuildProgress forTerminal(int reports, PrintWriter err) {
		return of(reports, err, System.console() != null);
	}

	static BuildProgress of(int reports, PrintWriter err, boolean onTerminal) {
		return onTerminal && reports >= MANY ? new Bar(reports, err) : new Lines();
	}

	abstract void starting(Path file);

	/** Called for every report, built or refused (then nothing was written). */
	abstract void finished(Path file, List<Path> written, PrintWriter out);

	/** Takes the bar off the screen, before other output or at the end. */
	abstract void clear();

	private static final class Lines extends BuildProgress {
		@Override
		void starting(Path file) {
		}

		@Override
		void finished(Path file, List<Path> written, PrintWriter out) {
			if (!written.isEmpty()) {
				out.println(BuildCommand.writtenLine(file, written));
			}
		}

		@Override
		void clear() {
		}
	}

	private static final class Bar extends BuildProgress {
		private static final int WIDTH = 30;
		private final int total;
		private final PrintWriter err;
		private int finished;

		Bar(int total, PrintWriter err) {
			this.total = total;
			this.err = err;
		}

		@Override
		void starting(Path file) {
			int filled = WIDTH * finished / total;
			// \r and clear-to-end-of-line: the bar is redrawn where it stands.
			err.print("\r\033[K[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + finished + "/" + total + " "
					+ Messages.name(file.getFileName()));
			err.flush();
		}

		@Override
		void finished(Path file, List<Path> written, PrintWriter out) {
			finished++;
		}

		@Override
		void clear() {
			err.print("\r\033[K");
			err.flush();
		}
	}
}
