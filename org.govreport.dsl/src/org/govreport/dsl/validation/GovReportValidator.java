package org.govreport.dsl.validation;


import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.ReportAssembler;
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
		Assembly assembly = report.eResource() instanceof XtextResource resource ? assembledReports.of(resource)
				: ReportAssembler.assemble(SourceLinesReader.read(report), "");
		org.govreport.dsl.model.Report previous = previousReports.load(report.eResource(), assembly.report());
		for (Diagnostic diagnostic : ReportChecker.check(assembly, previous)) {
			accept(diagnostic, report);
		}
	}

	private void accept(Diagnostic diagnostic, Report report) {
		ValidationMessageAcceptor acceptor = getMessageAcceptor();
		String[] data = diagnostic.fix() == null ? new String[0] : diagnostic.fix().toIssueData();
		int offset = diagnostic.range().offset();
		int length = diagnostic.range().length();
		switch (diagnostic.severity()) {
		case ERROR -> acceptor.acceptError(diagnostic.message(), report, offset, length, diagnostic.code(), data);
		case WARNING -> acceptor.acceptWarning(diagnostic.message(), report, offset, length, diagnostic.code(), data);
		}
	}

}
