package org.govreport.cli.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReadmeTranscriptsTest {
	private static final String README = """
			# tool

			## check

			<!-- transcript
			sed 's/0/1/' examples/a.govreport > a.govreport
			touch b.txt -->
			```
			$ ./govreport check a.govreport
			a.govreport:1:1: error
			$ echo $?
			1
			```

			<!-- transcript json -->

			```console
			$ ./govreport check --format sarif a.govreport
			{ "version": "2.1.0" }
			```

			<!-- transcript skipped: a build of its own -->
			```
			$ mvn verify
			```

			<!-- transcript -->
			Text between the marker and the block: the marker is for nothing.
			```
			$ ./govreport fmt a.govreport
			```
			""";

	private final ReadmeTranscripts readme = new ReadmeTranscripts(README);

	@Test
	void aMarkedBlockIsATranscriptWithItsSetupAndCommands() {
		Transcript check = readme.transcripts().get(0);
		assertEquals("README.md:8 (check)", check.name());
		assertEquals("sed 's/0/1/' examples/a.govreport > a.govreport\ntouch b.txt", check.setup());
		assertEquals(List.of(new Transcript.Step("./govreport check a.govreport", List.of("a.govreport:1:1: error")),
				new Transcript.Step("echo $?", List.of("1"))), check.steps());
		assertEquals(false, check.json());
	}

	@Test
	void optionsSayHowToCompareOrWhyNotToRun() {
		assertEquals(true, readme.transcripts().get(1).json());
		assertEquals("", readme.transcripts().get(1).setup());
		assertEquals("a build of its own", readme.transcripts().get(2).skipReason());
		assertEquals(3, readme.transcripts().size());
	}

	@Test
	void aSessionWithoutMarkerIsOnlyListed() {
		assertEquals(List.of("README.md:29 (check)"), readme.unmarkedSessions());
	}

	@Test
	void anUnknownOptionIsAnError() {
		IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
				() -> new ReadmeTranscripts("<!-- transcript jsno -->\n```\n$ ls\n```\n"));
		assertEquals("README.md:2: not a transcript option: jsno", thrown.getMessage());
	}
}
