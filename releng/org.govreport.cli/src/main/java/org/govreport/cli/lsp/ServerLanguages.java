package org.govreport.cli.lsp;

import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.govreport.dsl.GovReportRuntimeModule;
import org.govreport.dsl.ide.GovReportIdeModule;
import org.govreport.dsl.ide.GovReportIdeSetup;
import org.govreport.dsl.validation.PreviousReportLoader;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The languages of the server: the report language as Eclipse and the tests have it, except that its
 * generator writes nothing (Xtext's service loader would give the one that writes HTML on every edit) and
 * last year's report is read from the editor when it is open there.
 */
public class ServerLanguages implements Provider<IResourceServiceProvider.Registry> {

	@Inject
	private OpenReports openReports;

	@Override
	public IResourceServiceProvider.Registry get() {
		Injector language = new GovReportIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new GovReportRuntimeModule(), new GovReportIdeModule(),
						binder -> {
							binder.bind(IGenerator2.class).to(NoGeneration.class);
							binder.bind(PreviousReportLoader.class).to(OpenReportLoader.class);
							binder.bind(OpenReports.class).toInstance(openReports);
						}));
			}
		}.createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		IResourceServiceProvider services = language.getInstance(IResourceServiceProvider.class);
		for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			registry.getExtensionToFactoryMap().put(extension, services);
		}
		return registry;
	}
}
