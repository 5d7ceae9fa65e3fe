package org.govreport.dsl.ui;

import java.util.concurrent.CompletableFuture;

import org.govreport.dsl.ide.GovReportIdeSetup;
import org.govreport.dsl.ide.editing.EditorLanguageServices;

/**
 * The one Xtext injector of the workbench. Creating it takes most of a second, so it is started in the
 * background on first use and never on the UI thread.
 */
public final class GovReportLanguage {

	private static final CompletableFuture<EditorLanguageServices> SERVICES = CompletableFuture
			.supplyAsync(() -> new GovReportIdeSetup().createInjectorAndDoEMFRegistration()
					.getInstance(EditorLanguageServices.class));

	private GovReportLanguage() {
	}

	public static CompletableFuture<EditorLanguageServices> services() {
		return SERVICES;
	}

	/** Blocks until the services are ready; call from background threads only. */
	public static EditorLanguageServices awaitServices() {
		return SERVICES.join();
	}
}
