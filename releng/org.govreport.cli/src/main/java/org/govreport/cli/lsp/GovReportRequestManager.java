package org.govreport.cli.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.server.concurrent.AbstractRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.ide.server.concurrent.WriteRequest;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;

/**
 * Xtext's request queue, with one more kind of write: one that waits for the requests before it instead
 * of cancelling them. Xtext's writes cancel every read under way, which is right for an edit (the answer
 * would be stale) but wrong for the background check: the user's hover or completion would be refused.
 */
public class GovReportRequestManager extends RequestManager {
	private final List<AbstractRequest<?>> underWay = new ArrayList<>();

	@Inject
	public GovReportRequestManager(ExecutorService parallel, OperationCanceledManager cancelled) {
		super(parallel, cancelled);
	}

	@Override
	protected synchronized void addRequest(AbstractRequest<?> request) {
		super.addRequest(request);
		underWay.removeIf(earlier -> earlier.get().isDone());
		underWay.add(request);
	}

	/** A write run once the requests before it are done; an edit's write still cancels it. */
	public synchronized <U, V> CompletableFuture<V> runWriteAfterOthers(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
		CompletableFuture<Void> earlier = CompletableFuture
				.allOf(underWay.stream().map(request -> request.get().exceptionally(failure -> null)).toArray(CompletableFuture[]::new));
		return submit(new WriteRequest<>(this, nonCancellable, cancellable, earlier));
	}
}
