package org.govreport.cli.lsp;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Scopes;

/**
 * Runs the language server over standard input and output until the client closes its end. Replaces
 * Xtext's {@code ServerLauncher}, which polls every ten seconds for the end of input and cannot be told
 * how to answer protocol errors.
 */
public final class GovReportServerLauncher {

	private GovReportServerLauncher() {
	}

	public static void run() throws InterruptedException, ExecutionException {
		InputStream fromClient = System.in;
		PrintStream toClient = System.out;
		// A library that prints to standard output would corrupt the protocol stream.
		System.setOut(System.err);
		OpenReports openReports = new OpenReports();
		Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(LanguageServerImpl.class).to(GovReportLanguageServer.class);
			binder.bind(WorkspaceManager.class).to(GovReportWorkspaceManager.class).in(Scopes.SINGLETON);
			binder.bind(ProjectManager.class).to(InitialBuildInBackground.class);
			binder.bind(OpenReports.class).toInstance(openReports);
			binder.bind(IRequestManager.class).to(GovReportRequestManager.class).in(Scopes.SINGLETON);
			// One registry, hence one language injector: the content assist parser fails on another's grammar.
			binder.bind(IResourceServiceProvider.Registry.class).toProvider(ServerLanguages.class).in(Scopes.SINGLETON);
		}));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(fromClient).setOutput(toClient)
				.setExceptionHandler(ProtocolErrors::toResponseError).wrapMessages(new ShutdownGate()).create();
		server.connect(launcher.getRemoteProxy());
		launcher.startListening().get();
	}
}
