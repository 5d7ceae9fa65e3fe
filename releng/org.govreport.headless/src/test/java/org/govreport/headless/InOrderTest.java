package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InOrderTest {
	private static final List<Path> FILES = IntStream.range(0, 40).mapToObj(i -> Path.of(i + ".govreport")).toList();

	@Test
	void resultsComeInFileOrderThoughLaterFilesFinishFirst() throws IOException {
		List<Path> taken = new ArrayList<>();
		try (Workers workers = Workers.of(4)) {
			InOrder<Path> results = new InOrder<>(FILES, workers, file -> {
				// the first files of each batch take longest
				sleep(40 - Integer.parseInt(file.getFileName().toString().split("\\.")[0]));
				return file;
			});
			while (results.hasNext()) {
				Path next = results.nextFile();
				assertEquals(next, results.take());
				taken.add(next);
			}
		}
		assertEquals(FILES, taken);
	}

	@Test
	void onlyAFewFilesAreWorkedOnAheadOfTheOneTaken() throws IOException {
		AtomicInteger started = new AtomicInteger();
		try (Workers workers = Workers.of(2)) {
			InOrder<Integer> results = new InOrder<>(FILES, workers, file -> started.incrementAndGet());
			for (int taken = 1; results.hasNext(); taken++) {
				results.take();
				assertTrue(started.get() <= taken - 1 + 2 * workers.count(), started + " started, " + taken + " taken");
			}
		}
	}

	@Test
	void oneWorkerDoesEachFileInItsTurnOnTheCallersThread() throws IOException {
		List<String> events = new ArrayList<>();
		Thread caller = Thread.currentThread();
		try (Workers workers = Workers.of(1)) {
			InOrder<Path> results = new InOrder<>(FILES.subList(0, 3), workers, file -> {
				events.add("run " + file + (Thread.currentThread() == caller ? "" : " elsewhere"));
				return file;
			});
			while (results.hasNext()) {
				events.add("took " + results.take());
			}
		}
		assertEquals(List.of("run 0.govreport", "took 0.govreport", "run 1.govreport", "took 1.govreport",
				"run 2.govreport", "took 2.govreport"), events);
	}

	@Test
	void whatATaskThrowsIsThrownInItsTurn() throws IOException {
		try (Workers workers = Workers.of(3)) {
			InOrder<Path> results = new InOrder<>(FILES.subList(0, 3), workers, file -> {
				if (file.equals(FILES.get(1))) {
					throw new IOException(file + ": unreadable");
				}
				return file;
			});
			assertEquals(FILES.get(0), results.take());
			assertEquals("1.govreport: unreadable", assertThrows(IOException.class, results::take).getMessage());
			assertEquals(FILES.get(2), results.take());
		}
	}

	private static void sleep(int millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
