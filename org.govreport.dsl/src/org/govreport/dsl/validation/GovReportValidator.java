package org.govreport.dsl.validation;


import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.govreport.dsl.rules.ReportChecker;

import com.google.inject.Inject;

/**
 * Xtext's entry to the report checks: builds the typed model from the parse tree and reports what
 * {@link ReportChecker} finds, at the exact place each finding names. All rules live in the model and
 * rules packages, so the command line, the language server and the editor report the same thing.
 */
public class GovReportValidator extends AbstractGovReportValidator {

	@Inject
	private PreviousReportLoader previousReports;

	@Inject
	private AssembledReports assembledReports;

	@Check
	public void checkReport(Report report) {
		Assembly assembly;
		List<SourceLine> lines;
		if (report.eResource() instanceof XtextResource resource) {
			// the resource's one assembly holds every source line: reading them from the parse tree again cost as much
			assembly = assembledReports.of(resource);
			lines = assembly.places().stream().map(LinePlace::line).toList();
		} else {
			lines = SourceLinesReader.read(report);
			assembly = ReportAssembler.assemble(lines, "");
		}
		LastYear lastYear = previousReports.load(report.eResource(), assembly.report(), lines);
		List<Diagnostic> diagnostics = new ArrayList<>(ReportChecker.check(assembly, lastYear.report()));
		diagnostics.addAll(lastYear.diagnostics());
		ICompositeNode node = NodeModelUtils.getNode(report);
		if (node != null) {
			List<Diagnostic> hazards = TextHazards.find(node.getRootNode());
			if (hazards.stream().anyMatch(hazard -> hazard.code().equals(IssueCodes.PROSE_UNCLOSED))) {
				// The sections after an open block are inside it: saying each is missing only repeats the cause.
				diagnostics.removeIf(diagnostic -> diagnostic.code().equals(IssueCodes.SECTION_MISSING));
			}
			diagnostics.addAll(hazards);
		}
		// Only what FindingsCap will let through is made into an issue; the rest is only counted.
		for (Diagnostic diagnostic : diagnostics.subList(0, Math.min(diagnostics.size(), FindingsCap.LIMIT))) {
			accept(diagnostic, report);
		}
		if (diagnostics.size() > FindingsCap.LIMIT) {
			Diagnostic first = diagnostics.get(FindingsCap.LIMIT);
			long hidden = diagnostics.size() - FindingsCap.LIMIT;
			boolean errors = diagnostics.stream().skip(FindingsCap.LIMIT).anyMatch(Diagnostic::isError);
			Diagnostic more = errors ? Diagnostic.error(IssueCodes.FINDINGS_MORE, FindingsCap.moreMessage(hidden), first.range())
					: Diagnostic.warning(IssueCodes.FINDINGS_MORE, FindingsCap.moreMessage(hidden), first.range());
			accept(more, report, FindingsCap.countData(hidden));
		}
	}

	private void accept(Diagnostic diagnostic, Report report) {
		accept(diagnostic, report, diagnostic.fix() == null ? new String[0] : diagnostic.fix().toIssueData());
	}

	private void accept(Diagnostic diagnostic, Report report, String[] data) {
		ValidationMessageAcceptor acceptor = getMessageAcceptor();
		int offset = diagnostic.range().offset();
		int length = diagnostic.range().length();
		switch (diagnostic.severity()) {
		case ERROR -> acceptor.acceptError(diagnostic.message(), report, offset, length, diagnostic.code(), data);
		case WARNING -> acceptor.acceptWarning(diagnostic.message(), report, offset, length, diagnostic.code(), data);
		case INFO -> acceptor.acceptInfo(diagnostic.message(), report, offset, length, diagnostic.code(), data);
		}
	}

}
