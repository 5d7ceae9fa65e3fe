package org.govreport.cli.lsp;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic tokens: every line of a report gets its colour, by the kinds the Eclipse editor knows. */
class LanguageServerSemanticTokensIT {

	@TempDir
	Path workspace;

	@Test
	void everyNonEmptyLineIsColouredByItsKind() throws Exception {
		// One total written wrong (总计 of 行政复议), to see both kinds of total.
		// And a sub-heading written outside the prose quotes, below the lines looked at one by one.
		String text = edit(edit(jiangcheng2020(), "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
				"一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 3"),
				"五、存在的主要问题及改进情况\n", "五、存在的主要问题及改进情况\n（一）存在的问题\n");
		Path report = Files.writeString(workspace.resolve("江城镇-2020.govreport"), text);
		try (LanguageServerSession session = LanguageServerSession.start(LanguageServerIT.JAR, workspace)) {
			List<String> legend = session.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend()
					.getTokenTypes();
			session.open(report, text);
			session.awaitDiagnostics(report, published -> !published.isEmpty());
			List<Integer> data = session.await(session.server().getTextDocumentService().semanticTokensFull(
					new SemanticTokensParams(new TextDocumentIdentifier(report.toUri().toString())))).getData();

			String[] lines = text.split("\n", -1);
			TreeMap<Integer, Set<String>> kindsByLine = new TreeMap<>();
			int line = 0;
			int start = 0;
			for (int i = 0; i < data.size(); i += 5) {
				line += data.get(i);
				start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
				int end = start + data.get(i + 2);
				assertEquals(true, end <= lines[line].length(), "token past the end of line " + line);
				kindsByLine.computeIfAbsent(line, key -> new TreeSet<>()).add(legend.get(data.get(i + 3)));
			}
			List<Integer> uncoloured = new ArrayList<>();
			for (int i = 0; i < lines.length; i++) {
				if (!lines[i].isBlank() && !kindsByLine.containsKey(i)) {
					uncoloured.add(i + 1);
				}
			}
			assertEquals(List.of(), uncoloured, "lines (from 1) with no token");
			assertEquals(new TreeSet<>(legend.stream().filter(kind -> !kind.equals("word")).toList()),
					kindsByLine.values().stream().collect(TreeSet::new, Set::addAll, Set::addAll));
			assertEquals(Set.of("comment"), kindsByLine.get(0));
			assertEquals(Set.of("keyword"), kindsByLine.get(1));
			assertEquals(Set.of("label", "number", "wrongTotal"), kindsByLine.get(29));
		}
	}
}
