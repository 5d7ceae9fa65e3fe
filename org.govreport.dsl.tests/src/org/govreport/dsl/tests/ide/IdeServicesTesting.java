package org.govreport.dsl.tests.ide;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.govreport.dsl.ide.GovReportIdeSetup;
import org.govreport.dsl.ide.codeactions.QuickFix;
import org.govreport.dsl.ide.codeactions.TextChange;
import org.govreport.dsl.ide.editing.EditorLanguageServices;
import org.govreport.dsl.ide.symbols.OutlineEntry;

import com.google.inject.Injector;

/**
 * The IDE services as the editor calls them, with their results rendered as text to compare whole.
 * The cursor is written into the source as {@code ‸}.
 */
final class IdeServicesTesting {
	static final URI FILE = URI.createURI("inmemory:/江城镇-2021.govreport");
	static final String CURSOR = "‸";

	private static Injector injector;

	private IdeServicesTesting() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new GovReportIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static EditorLanguageServices services() {
		return injector().getInstance(EditorLanguageServices.class);
	}

	static int cursor(String source) {
		int offset = source.indexOf(CURSOR);
		if (offset < 0) {
			throw new IllegalArgumentException("no cursor ‸ in the source");
		}
		return offset;
	}

	static String withoutCursor(String source) {
		return source.replace(CURSOR, "");
	}

	/** The text after applying the changes, last first so that offsets stay valid. */
	/** The quick fixes of the first problem with that code; fails when there is none. */
	static List<QuickFix> fixesFor(String text, String code) {
		var problem = services().validate(FILE, text).stream().filter(found -> code.equals(found.code())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + services().validate(FILE, text)));
		return services().quickFixes(FILE, text, problem);
	}

	static String apply(String text, QuickFix fix) {
		var changes = fix.changes().stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset())).toList();
		var result = new StringBuilder(text);
		for (TextChange change : changes) {
			result.replace(change.offset(), change.offset() + change.length(), change.text());
		}
		return result.toString();
	}

	/** The outline as the editor shows it, a node a line, children indented. */
	static String outline(String text) {
		return render(services().outline(FILE, text), "");
	}

	private static String render(List<OutlineEntry> entries, String indent) {
		return entries.stream().map(entry -> indent + (entry.name() + " " + entry.detail()).trim()
				+ (entry.children().isEmpty() ? "" : "\n" + render(entry.children(), indent + "  ")))
				.collect(Collectors.joining("\n"));
	}

	static String lines(List<String> lines) {
		return lines.stream().collect(Collectors.joining("\n"));
	}
}
