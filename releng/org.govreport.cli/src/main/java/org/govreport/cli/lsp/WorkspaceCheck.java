package org.govreport.cli.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/**
 * Checks reports in the background, a few at a time, so that an edit waits for a batch at most rather
 * than for the whole workspace; says how far it got with work-done progress ({@code $/progress}) when the
 * client can show it.
 */
final class WorkspaceCheck {
	private static final int BATCH = 8;
	private static final AtomicInteger TOKENS = new AtomicInteger();

	private final LanguageClient client;
	private final boolean clientShowsProgress;
	private final GovReportRequestManager requests;
	private final WorkspaceManager workspace;
	private final Function<Path, URI> uriOf;

	WorkspaceCheck(LanguageClient client, boolean clientShowsProgress, GovReportRequestManager requests, WorkspaceManager workspace,
			Function<Path, URI> uriOf) {
		this.client = client;
		this.uriOf = uriOf;
		this.clientShowsProgress = clientShowsProgress;
		this.requests = requests;
		this.workspace = workspace;
	}

	/** Checks the reports and publishes their diagnostics; completes with how many were checked. */
	CompletableFuture<Integer> check(List<Path> reports, String title) {
		if (reports.isEmpty()) {
			// No workspace folder (an editor opened on one file), or none with reports: nothing to show.
			return CompletableFuture.completedFuture(0);
		}
		return CompletableFuture.supplyAsync(() -> {
			Either<String, Integer> token = clientShowsProgress ? begin(title, reports.size()) : null;
			for (int start = 0; start < reports.size(); start += BATCH) {
				List<URI> batch = reports.subList(start, Math.min(reports.size(), start + BATCH)).stream()
						.map(uriOf).toList();
				try {
					// Queued first, outside the cancellable part: a build an edit cancels leaves them to the edit's build.
					requests.runWriteAfterOthers(() -> workspace.didChangeFiles(batch, List.of()),
							(cancelIndicator, buildable) -> buildable.build(cancelIndicator)).join();
				} catch (CancellationException | CompletionException e) {
					// Cancelled by an edit: the edit's build checks the queued reports.
				}
				int done = Math.min(reports.size(), start + BATCH);
				if (token != null) {
					report(token, done, reports.size());
				}
			}
			if (token != null) {
				WorkDoneProgressEnd end = new WorkDoneProgressEnd();
				end.setMessage(reports.size() + " 份报告已检查");
				client.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
			}
			return reports.size();
		});
	}

	private Either<String, Integer> begin(String title, int total) {
		Either<String, Integer> token = Either.forLeft("govreport-check-" + TOKENS.incrementAndGet());
		try {
			client.createProgress(new WorkDoneProgressCreateParams(token)).join();
		} catch (CompletionException | CancellationException e) {
			return null;
		}
		WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
		begin.setTitle(title);
		begin.setMessage("0/" + total);
		begin.setPercentage(0);
		begin.setCancellable(false);
		client.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
		return token;
	}

	private void report(Either<String, Integer> token, int done, int total) {
		WorkDoneProgressReport report = new WorkDoneProgressReport();
		report.setMessage(done + "/" + total);
		report.setPercentage(total == 0 ? 100 : done * 100 / total);
		client.notifyProgress(new ProgressParams(token, Either.forLeft(report)));
	}
}
