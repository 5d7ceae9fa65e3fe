package org.govreport.dsl.ide.contentassist;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.parsing.source.SourceLine.FieldLine;
import org.govreport.dsl.parsing.source.SourceLine.ProseLine;
import org.govreport.dsl.validation.PreviousReportLoader;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Completion in a .govreport text, for the language server and the Eclipse editor alike: what fits the
 * cell or the header field at the cursor, or what the template offers at a line's start. It answers
 * nothing where nothing fits (in prose, in a comment, after a blank that follows a word) rather than
 * offer every row of the template to a writer who only typed a space.
 */
@Singleton
public class ReportCompletion {
	private final TemplateProposals templateProposals = new TemplateProposals();

	@Inject
	private PreviousReportLoader previousReports;

	/** The proposals at the offset of the resource's text, best first; last year's report is read only when a cell needs it. */
	public List<Proposal> at(XtextResource resource, int offset) {
		var document = ReportDocument.of(resource);
		Supplier<Report> lastYear = () -> previousReports.load(resource, document.report(),
				document.places().stream().map(LinePlace::line).toList()).report();
		return at(document, offset, memoized(lastYear));
	}

	List<Proposal> at(ReportDocument document, int offset, Supplier<Report> lastYear) {
		String text = document.text();
		if (offset < 0 || offset > text.length() || isInProse(document, offset)) {
			return List.of();
		}
		int lineStart = document.lineStart(offset);
		String before = text.substring(lineStart, offset);
		if (before.indexOf('#') >= 0 || !afterSeparatorOrNothing(before)) {
			return List.of();
		}
		int separator = Math.max(before.lastIndexOf('|'), before.lastIndexOf('｜'));
		List<Proposal> proposals;
		if (separator >= 0) {
			var slot = new EditSlot(text, lineStart + separator + 1, slotEnd(text, offset), offset,
					EditSlot.spacedAfter(text, true, '|', '｜'));
			int cellIndex = (int) before.chars().filter(c -> c == '|' || c == '｜').count() - 1;
			proposals = CellProposals.at(document, slot, cellIndex, lastYear);
		} else if (document.sectionAt(offset).isEmpty()) {
			proposals = header(document, offset, lineStart, before);
		} else if (!restOfLineIsBlank(text, offset)) {
			proposals = List.of();
		} else {
			proposals = templateProposals.lineStart(document, offset, before.stripLeading());
		}
		return proposals.stream().sorted(Comparator.comparingInt(Proposal::priority).reversed()).toList();
	}

	private List<Proposal> header(ReportDocument document, int offset, int lineStart, String before) {
		int colon = firstColon(before);
		if (colon < 0 && !restOfLineIsBlank(document.text(), offset)) {
			return List.of();
		}
		if (colon < 0) {
			var proposals = new ArrayList<>(FieldProposals.keys(document, offset, before.stripLeading()));
			proposals.addAll(templateProposals.lineStart(document, offset, before.stripLeading()));
			return proposals;
		}
		var field = document.placeAt(lineStart).map(LinePlace::line).filter(FieldLine.class::isInstance)
				.map(FieldLine.class::cast);
		if (field.isEmpty()) {
			return List.of();
		}
		var slot = new EditSlot(document.text(), lineStart + colon + 1, slotEnd(document.text(), offset), offset,
				colonsSpaced(document));
		return FieldProposals.values(document, field.get(), slot, Year.now());
	}

	private static int firstColon(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == ':' || text.charAt(i) == '：') {
				return i;
			}
		}
		return -1;
	}

	/** After a blank, only where a value starts: behind a separator or a colon. */
	private static boolean afterSeparatorOrNothing(String before) {
		String written = before.stripTrailing();
		if (written.length() == before.length()) {
			return true;
		}
		if (written.isEmpty()) {
			return false;
		}
		char last = written.charAt(written.length() - 1);
		return EditSlot.isSeparator(last) || last == '：' || last == ':';
	}

	/** A whole row, field or section put before what the line already holds would be garbage. */
	private static boolean restOfLineIsBlank(String text, int offset) {
		return text.substring(offset, slotEnd(text, offset)).isBlank();
	}

	/** The slot runs to the next separator, a comment or the end of the line. */
	private static int slotEnd(String text, int offset) {
		int end = offset;
		while (end < text.length() && "|｜#\r\n".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return end;
	}

	/** Whether the header writes {@code 机关： 江城镇} with a blank after the colon; most files do not. */
	private static boolean colonsSpaced(ReportDocument document) {
		var fields = new StringBuilder();
		document.places().stream().filter(place -> place.line() instanceof FieldLine)
				.forEach(place -> fields.append(document.text(), place.offset(), place.end()).append('\n'));
		return EditSlot.spacedAfter(fields.toString(), false, ':', '：');
	}

	private static boolean isInProse(ReportDocument document, int offset) {
		return document.places().stream().anyMatch(place -> place.line() instanceof ProseLine
				&& place.offset() < offset && offset < place.end());
	}

	private static <T> Supplier<T> memoized(Supplier<T> compute) {
		return new Supplier<>() {
			private boolean done;
			private T value;

			@Override
			public T get() {
				if (!done) {
					value = compute.get();
					done = true;
				}
				return value;
			}
		};
	}
}
