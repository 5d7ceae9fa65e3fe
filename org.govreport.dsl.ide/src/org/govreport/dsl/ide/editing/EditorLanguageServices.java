package org.govreport.dsl.ide.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import org.govreport.dsl.format.ReportFormatter;
import org.govreport.dsl.files.OutputNames;
import org.govreport.dsl.ide.codeactions.ProblemAt;
import org.govreport.dsl.ide.codeactions.QuickFix;
import org.govreport.dsl.ide.codeactions.ReportQuickFixes;
import org.govreport.dsl.ide.contentassist.ReportCompletion;
import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.folding.FoldRegion;
import org.govreport.dsl.ide.folding.ReportFolding;
import org.govreport.dsl.ide.highlighting.HighlightedSpan;
import org.govreport.dsl.ide.highlighting.ReportHighlighting;
import org.govreport.dsl.ide.hover.HoverText;
import org.govreport.dsl.ide.hover.ReportHover;
import org.govreport.dsl.ide.symbols.OutlineEntry;
import org.govreport.dsl.ide.symbols.ReportOutline;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The language services an editor running in the same process needs (the Eclipse plugin), on plain text
 * and plain values. They go through the same Xtext services as the language server, so the editor and
 * the server cannot disagree.
 */
@Singleton
public class EditorLanguageServices {

	private final ParsedTexts parsed;

	@Inject
	private IResourceValidator validator;

	@Inject
	private ReportCompletion completion;

	private final ReportHover reportHover = new ReportHover();
	private final ReportQuickFixes quickFixes = new ReportQuickFixes();
	private final ReportOutline outline = new ReportOutline();
	private final ReportFolding folding = new ReportFolding();
	private final ReportHighlighting highlighting = new ReportHighlighting();
	private final ReportFormatter formatter = new ReportFormatter();
	private final ReportSkeleton skeleton = new ReportSkeleton();

	@Inject
	EditorLanguageServices(Provider<XtextResourceSet> resourceSets, IResourceFactory resourceFactory) {
		this.parsed = new ParsedTexts(resourceSets, resourceFactory);
	}

	public List<EditorProblem> validate(URI uri, String text) {
		return parsed.with(uri, text, resource -> {
			List<EditorProblem> problems = new ArrayList<>();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				problems.add(toProblem(issue));
			}
			return problems;
		});
	}

	public List<EditorCompletion> complete(URI uri, String text, int offset) {
		return parsed.with(uri, text, resource -> completion.at(resource, offset).stream().map(proposal -> new EditorCompletion(proposal.text(),
				proposal.label(), proposal.description(), proposal.offset(), proposal.length())).toList());
	}

	/** The hover at the offset: a cell's rules worked out, or a label's official wording. */
	public Optional<HoverText> hover(URI uri, String text, int offset) {
		return reportHover.at(document(uri, text), offset);
	}

	/** The fixes for one problem the validation reported on this text. */
	public List<QuickFix> quickFixes(URI uri, String text, EditorProblem problem) {
		return quickFixes.fixes(document(uri, text), ProblemAt.of(problem.code(), problem.offset(), problem.length(), problem.data()));
	}

	/** The assists at the cursor, problem or not (missing rows, blank cells → 0). */
	public List<QuickFix> assists(URI uri, String text, int offset) {
		return quickFixes.assists(document(uri, text), offset);
	}

	public List<OutlineEntry> outline(URI uri, String text) {
		return outline.of(document(uri, text));
	}

	public List<FoldRegion> folding(URI uri, String text) {
		return folding.of(document(uri, text));
	}

	public List<HighlightedSpan> highlighting(URI uri, String text) {
		return parsed.with(uri, text, highlighting::of);
	}

	/** The same canonical layout as {@code govreport fmt}. */
	public String format(String text) {
		return formatter.format(text);
	}

	/** A new report with every section and table of the template version, at 0. */
	public String skeleton(String organ, int year, String templateId, String levelName) {
		var template = Templates.byId(templateId).orElseGet(() -> Templates.forYear(year));
		return skeleton.skeleton(organ, year, template, OrganLevels.byName(levelName).orElse(null));
	}

	/** 江城镇-2021.govreport: the safe name the command line gives a new report, which the cross-year checks find. */
	public String reportFileName(String organ, int year) {
		return OutputNames.baseName(organ, year) + ".govreport";
	}

	/** The years a report may be for, as the checks accept them. */
	public int firstYear() {
		return Templates.FIRST_YEAR;
	}

	public int lastYear() {
		return Templates.LAST_YEAR;
	}

	public List<String> templateIds() {
		return Templates.all().stream().map(TemplateDescription::id).toList();
	}

	/** The version in force for a year, which a new report should use. */
	public String templateIdForYear(int year) {
		return Templates.forYear(year).id();
	}

	public List<String> organLevels() {
		return OrganLevels.all().stream().map(OrganLevel::name).toList();
	}

	/** The typed report of this text, as the checks read it: what its documents are written from. */
	public Report report(URI uri, String text) {
		return document(uri, text).report();
	}

	/** The one document of this text: every feature of the editor reads the same assembly. */
	private ReportDocument document(URI uri, String text) {
		return parsed.with(uri, text, ReportDocument::of);
	}

	private static EditorProblem toProblem(Issue issue) {
		return new EditorProblem(toSeverity(issue.getSeverity()), issue.getMessage(), issue.getCode(),
				orZero(issue.getOffset()), orZero(issue.getLength()), orZero(issue.getLineNumber()),
				orZero(issue.getColumn()), issue.getData() == null ? List.of()
						: Arrays.stream(issue.getData()).map(value -> value == null ? "" : value).toList());
	}

	private static EditorProblem.Severity toSeverity(Severity severity) {
		return switch (severity) {
		case ERROR -> EditorProblem.Severity.ERROR;
		case WARNING -> EditorProblem.Severity.WARNING;
		default -> EditorProblem.Severity.INFO;
		};
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
