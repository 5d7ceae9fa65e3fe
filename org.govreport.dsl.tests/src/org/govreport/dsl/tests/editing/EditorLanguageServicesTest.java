package org.govreport.dsl.tests.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.govreport.dsl.ide.GovReportIdeSetup;
import org.govreport.dsl.ide.editing.EditorCompletion;
import org.govreport.dsl.ide.editing.EditorLanguageServices;
import org.govreport.dsl.ide.editing.EditorProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-process services the Eclipse editor adapts, used exactly as the editor uses them. */
class EditorLanguageServicesTest {

	private static final URI FILE = URI.createURI("inmemory:/test.govreport");
	private static EditorLanguageServices services;

	@BeforeAll
	static void createServices() {
		services = new GovReportIdeSetup().createInjectorAndDoEMFRegistration()
				.getInstance(EditorLanguageServices.class);
	}

	@Test
	void syntaxErrorIsReportedWithItsLineAndColumn() {
		String text = "机关：江城镇\n年度 2021\n";
		List<EditorProblem> problems = services.validate(FILE, text);
		EditorProblem problem = problems.stream().filter(p -> p.code().endsWith("Diagnostic.Syntax")).findFirst()
				.orElseThrow(() -> new AssertionError(problems.toString()));
		assertEquals(EditorProblem.Severity.ERROR, problem.severity());
		assertEquals(2, problem.line());
		assertEquals("年度 ".length() + 1, problem.column());
		assertEquals(text.indexOf("2021"), problem.offset());
	}

	@Test
	void headerKeywordsAreProposedAtTheStartOfALine() {
		List<String> proposals = services.complete(FILE, "机关：江城镇\n", "机关：江城镇\n".length()).stream()
				.map(EditorCompletion::text).collect(Collectors.toList());
		assertTrue(proposals.containsAll(List.of("年度：", "格式：", "层级：")), proposals::toString);
		assertFalse(proposals.contains("机关："), "a field already written is not offered again: " + proposals);
	}

	@Test
	void aPartlyTypedKeywordIsCompletedInPlace() {
		String text = "年度：2020\n层";
		List<EditorCompletion> completions = services.complete(FILE, text, text.length());
		EditorCompletion level = completions.stream().filter(c -> c.text().equals("层级：")).findFirst()
				.orElseThrow(() -> new AssertionError(completions.toString()));
		assertEquals(text.length() - 1, level.replaceOffset());
		assertEquals(1, level.replaceLength());
	}
}
