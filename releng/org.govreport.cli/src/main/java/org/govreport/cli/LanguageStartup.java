package org.govreport.cli;

import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.template.Templates;
import org.govreport.headless.ReportValidator;

import com.google.inject.Injector;

/**
 * The language's injector (EMF's and Xtext's set-up, the larger part of a one-file check in a fresh JVM),
 * made on a thread of its own from the start of main, while picocli reads the command line and the command
 * finds and reads its reports: on two cores the two overlap (issue 17).
 */
final class LanguageStartup {
	/** The commands whose first real work is checking reports with the language. */
	private static final Set<String> CHECKING = Set.of("check", "build");

	private static volatile FutureTask<Injector> injector;

	private LanguageStartup() {
	}

	/** Starts making the injector when the command given will need it. */
	static void startFor(String... args) {
		if (args.length > 0 && CHECKING.contains(args[0])) {
			FutureTask<Injector> made = new FutureTask<>(() -> new GovReportStandaloneSetup()
					.createInjectorAndDoEMFRegistration());
			Thread thread = new Thread(made, "govreport language start-up");
			thread.setDaemon(true);
			thread.start();
			injector = made;
		}
	}

	/** A validator on the injector started early, or one that makes its own when none was. */
	static ReportValidator validator() {
		FutureTask<Injector> started = injector;
		if (started == null) {
			return new ReportValidator();
		}
		if (!started.isDone()) {
			// the template descriptions, which every check needs and the injector does not, are derived
			// here while the injector is still being made, rather than by the first check after it
			Templates.all();
		}
		try {
			return new ReportValidator(started.get());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the language was set up", e);
		} catch (ExecutionException e) {
			// what the sequential run would have thrown, from the thread that needs it
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
