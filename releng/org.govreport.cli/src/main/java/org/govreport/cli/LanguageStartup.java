package org.govreport.cli;

import java.text.SimpleDateFormat;
import java.util.Date;
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

	/**
	 * Starts making the injector when the command given will need it, and sets up Xtext's logging, on that
	 * thread when there is one (Xtext logs first there), on this one otherwise.
	 */
	static void startFor(String... args) {
		if (args.length > 0 && CHECKING.contains(args[0])) {
			FutureTask<Injector> made = new FutureTask<>(() -> {
				XtextLogging.toStandardError();
				return new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
			});
			Thread thread = new Thread(made, "govreport language start-up");
			thread.setDaemon(true);
			thread.start();
			injector = made;
			calendarData();
		} else {
			XtextLogging.toStandardError();
		}
	}

	/**
	 * EMF's factories make date formats when first loaded, and with them the JDK loads its calendar, time-zone
	 * and locale data, a good part of the start-up thread's time; loaded here first, beside that thread, they
	 * are ready by the time it gets there.
	 */
	private static void calendarData() {
		new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'.'SSSZ").format(new Date(0));
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
