package org.govreport.cli.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the transcripts of a README. A fenced block is one when an HTML comment starting with
 * {@code <!-- transcript} stands right above it (blank lines between are allowed):
 *
 * <pre>
 * &lt;!-- transcript --&gt;                      run the block as it is
 * &lt;!-- transcript json --&gt;                 compare each output as JSON (README shows it compacted)
 * &lt;!-- transcript skipped: REASON --&gt;      not run, for the reason given
 * &lt;!-- transcript
 * SHELL COMMANDS --&gt;                      first make the files the block needs
 * </pre>
 *
 * The setup runs in the block's folder, which already holds a copy of {@code examples/}; {@code $REPOSITORY}
 * names the repository, for a file taken from elsewhere in it.
 *
 * Blocks without the comment are not run, so a block written in another branch is only checked once
 * it is marked; {@link #unmarkedSessions()} names those that look like shell sessions.
 */
final class ReadmeTranscripts {
	private static final Pattern FENCE = Pattern.compile("^(```+)(.*)$");
	private static final Pattern MARKER = Pattern.compile("^<!-- transcript\\b(.*)$");
	private static final Pattern SKIPPED = Pattern.compile("^\\s*skipped:\\s*(.+?)\\s*$");

	private final List<Transcript> transcripts = new ArrayList<>();
	private final List<String> unmarkedSessions = new ArrayList<>();

	ReadmeTranscripts(String readme) {
		List<String> lines = readme.lines().toList();
		String heading = "";
		List<String> marker = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher fence = FENCE.matcher(line);
			Matcher opening = MARKER.matcher(line);
			if (fence.matches()) {
				int end = closingFence(lines, i, fence.group(1));
				List<String> body = lines.subList(i + 1, end);
				if (marker != null) {
					transcripts.add(transcript(i + 1, heading, marker, body));
				} else if (body.stream().anyMatch(text -> text.startsWith("$ "))) {
					unmarkedSessions.add("README.md:" + (i + 1) + " (" + heading + ")");
				}
				marker = null;
				i = end;
			} else if (opening.matches()) {
				int end = i;
				while (!lines.get(end).contains("-->")) {
					end++;
				}
				marker = new ArrayList<>(lines.subList(i, end + 1));
				i = end;
			} else if (line.startsWith("#")) {
				heading = line.replaceFirst("^#+\\s*", "");
				marker = null;
			} else if (!line.isBlank()) {
				marker = null;
			}
		}
	}

	List<Transcript> transcripts() {
		return transcripts;
	}

	List<String> unmarkedSessions() {
		return unmarkedSessions;
	}

	private static int closingFence(List<String> lines, int opening, String fence) {
		for (int i = opening + 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(fence)) {
				return i;
			}
		}
		throw new IllegalArgumentException("README.md:" + (opening + 1) + ": the fenced block is not closed");
	}

	private static Transcript transcript(int line, String heading, List<String> marker, List<String> body) {
		String text = String.join("\n", marker);
		text = text.substring("<!-- transcript".length(), text.lastIndexOf("-->"));
		int firstBreak = text.indexOf('\n');
		String options = firstBreak < 0 ? text : text.substring(0, firstBreak);
		String setup = firstBreak < 0 ? "" : text.substring(firstBreak + 1).strip();
		Matcher skipped = SKIPPED.matcher(options);
		if (skipped.matches()) {
			return new Transcript(line, heading, setup, false, skipped.group(1), List.of());
		}
		boolean json = options.strip().equals("json");
		if (!json && !options.isBlank()) {
			throw new IllegalArgumentException("README.md:" + line + ": not a transcript option: " + options.strip());
		}
		return new Transcript(line, heading, setup, json, null, steps(line, body));
	}

	private static List<Transcript.Step> steps(int line, List<String> body) {
		List<Transcript.Step> steps = new ArrayList<>();
		for (String text : body) {
			if (text.startsWith("$ ")) {
				steps.add(new Transcript.Step(text.substring(2), new ArrayList<>()));
			} else if (steps.isEmpty()) {
				throw new IllegalArgumentException("README.md:" + line + ": a transcript starts with a $ command, not: " + text);
			} else {
				steps.get(steps.size() - 1).output().add(text);
			}
		}
		return steps;
	}
}
