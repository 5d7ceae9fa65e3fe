package org.govreport.headless;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads a run checks or builds its reports on. With one worker there is no thread at all: each task
 * runs when it is submitted, on the caller's thread, which is exactly the sequential run.
 */
public final class Workers implements AutoCloseable {
	private final int count;
	private final ExecutorService pool;

	private Workers(int count) {
		this.count = count;
		// daemon threads: an interrupted run (Ctrl+C) exits without waiting for them
		this.pool = count == 1 ? null : Executors.newFixedThreadPool(count, task -> {
			Thread thread = new Thread(task, "govreport worker");
			thread.setDaemon(true);
			return thread;
		});
	}

	public static Workers of(int count) {
		return new Workers(Math.max(1, count));
	}

	public int count() {
		return count;
	}

	public <R> Future<R> submit(Callable<R> task) {
		if (pool != null) {
			return pool.submit(task);
		}
		try {
			return CompletableFuture.completedFuture(task.call());
		} catch (Exception e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	/**
	 * A task's result, or what it threw, thrown again as the sequential run would have thrown it.
	 *
	 * @throws IOException what the task threw
	 */
	public static <R> R await(Future<R> result) throws IOException {
		try {
			return result.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted");
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdownNow();
		}
	}
}
