package org.govreport.cli.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * README's shell sessions, run as written against the packaged command line: each marked block (see
 * {@link ReadmeTranscripts}) in a fresh folder, its output compared line by line with what README shows.
 */
class ReadmeTranscriptsIT {
	private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
	private static final ReadmeTranscripts README = read();

	@TempDir
	Path temp;

	@TestFactory
	Stream<DynamicTest> everyMarkedBlockPrintsWhatReadmeShows() {
		return README.transcripts().stream().filter(transcript -> transcript.skipReason() == null)
				.map(transcript -> DynamicTest.dynamicTest(transcript.name(), () -> check(transcript)));
	}

	@Test
	void theCommandLineSectionsAreChecked() {
		List<String> checked = README.transcripts().stream().filter(transcript -> transcript.skipReason() == null)
				.map(Transcript::heading).distinct().toList();
		assertTrue(checked.containsAll(List.of("check", "build", "fmt", "new", "import")), checked.toString());
		// Printed for the lead: shell sessions that still wait for their marker.
		README.unmarkedSessions().forEach(block -> System.out.println("not checked (no transcript marker): " + block));
	}

	private void check(Transcript transcript) throws IOException, InterruptedException {
		Path folder = Files.createTempDirectory(temp, "transcript");
		List<Transcript.Step> printed = new TranscriptRun(REPOSITORY, folder).run(transcript);
		List<Transcript.Step> compared = new ArrayList<>();
		for (int i = 0; i < printed.size(); i++) {
			Transcript.Step shown = transcript.steps().get(i);
			Transcript.Step actual = printed.get(i);
			boolean sameJson = transcript.json() && sameJson(shown.output(), actual.output());
			compared.add(new Transcript.Step(actual.command(), stripped(sameJson ? shown.output() : actual.output())));
		}
		assertFalse(printed.isEmpty(), transcript.name() + " has no commands");
		List<Transcript.Step> shown = transcript.steps().stream()
				.map(step -> new Transcript.Step(step.command(), stripped(step.output()))).toList();
		assertEquals(Transcript.text(shown), Transcript.text(compared), transcript.name());
	}

	private static boolean sameJson(List<String> shown, List<String> printed) {
		try {
			return JsonParser.parseString(String.join("\n", shown)).equals(JsonParser.parseString(String.join("\n", printed)));
		} catch (JsonParseException e) {
			return false;
		}
	}

	/** Trailing blanks are not part of what README promises (editors strip them). */
	private static List<String> stripped(List<String> lines) {
		return lines.stream().map(String::stripTrailing).toList();
	}

	private static ReadmeTranscripts read() {
		try {
			return new ReadmeTranscripts(Files.readString(REPOSITORY.resolve("README.md")));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
