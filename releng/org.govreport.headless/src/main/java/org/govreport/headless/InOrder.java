package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;

/**
 * One task a file, started a few files ahead on the workers and taken in file order, so that what a run
 * prints comes out in the order the sequential run prints it. At most {@code ahead} results wait to be
 * taken: a run of any length holds only that many reports' models.
 */
public final class InOrder<R> {
	/** The work of one file. */
	@FunctionalInterface
	public interface Task<R> {
		R run(Path file) throws IOException;
	}

	private final List<Path> files;
	private final Workers workers;
	private final Task<R> task;
	private final int ahead;
	private final Deque<Future<R>> started = new ArrayDeque<>();
	private int nextToStart;
	private int nextToTake;

	public InOrder(List<Path> files, Workers workers, Task<R> task) {
		this.files = files;
		this.workers = workers;
		this.task = task;
		// one worker: nothing ahead, each file's work done when its turn comes, as before
		this.ahead = workers.count() == 1 ? 1 : 2 * workers.count();
	}

	public boolean hasNext() {
		return nextToTake < files.size();
	}

	/** The file whose result {@link #take()} returns next. */
	public Path nextFile() {
		return files.get(nextToTake);
	}

	/** @throws IOException what the task threw for this file */
	public R take() throws IOException {
		while (started.size() < ahead && nextToStart < files.size()) {
			Path file = files.get(nextToStart++);
			started.add(workers.submit(() -> task.run(file)));
		}
		nextToTake++;
		return Workers.await(started.poll());
	}
}
