package org.govreport.dsl.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.files.OutputNames;
import org.govreport.dsl.model.HeaderFields;
import org.govreport.dsl.model.PreviousReports;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.model.ReportFileLimit;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.SourceLinesReader;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads last year's report for the cross-year rules. It is parsed and assembled in a resource set of
 * its own, so it never joins (or re-validates with) this year's; a file over the size limit is never read.
 */
public class PreviousReportLoader {
	private static final String SKIPPED = "，跨年度核对（R7–R9）未进行";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<XtextResource> resources;

	public LastYear load(Resource current, Report report, List<SourceLine> lines) {
		Optional<Path> file = localPath(current);
		if (file.isEmpty()) {
			return LastYear.NONE;
		}
		Optional<Path> named = PreviousReports.named(file.get(), report);
		if (named.isPresent()) {
			return loadNamed(named.get(), report, fieldRange(lines, HeaderFields.PREVIOUS));
		}
		List<Report> found = new ArrayList<>();
		for (Path candidate : PreviousReports.candidates(file.get(), report)) {
			read(candidate).filter(previous -> PreviousReports.isLastYearOf(previous, report)).ifPresent(found::add);
		}
		if (found.size() > 1) {
			return LastYear.unusable(Diagnostic.warning(IssueCodes.PREVIOUS_AMBIGUOUS, "同一文件夹中有 " + found.size()
					+ " 个 " + report.organ() + " " + (report.year() - 1) + " 年度的报告："
					+ String.join("、", found.stream().map(Report::sourceName).toList()) + "；请用“上年报告：”指明哪一个"
					+ SKIPPED, fieldRange(lines, HeaderFields.ORGAN)));
		}
		if (found.isEmpty()) {
			// only a report saved on disk has a folder to look in (a test's or a client's in-memory text has none)
			return Files.isRegularFile(file.get()) ? notFound(report, fieldRange(lines, HeaderFields.YEAR)) : LastYear.NONE;
		}
		return new LastYear(found.get(0), List.of());
	}

	/** Said once, so that skipped cross-year rules are never silent; names the file a writer would keep beside this one. */
	private static LastYear notFound(Report report, SourceRange where) {
		if (report.organ() == null || report.organ().isBlank() || report.year() == null) {
			return LastYear.NONE;
		}
		int previous = report.year() - 1;
		return LastYear.notFound(Diagnostic.info(IssueCodes.PREVIOUS_NOT_FOUND, "未找到上年报告 "
				+ OutputNames.baseName(report.organ().strip(), previous) + ".govreport（同一文件夹中机关为“" + report.organ().strip()
				+ "”、年度为 " + previous + " 的报告；在别处请用“上年报告：”指明）" + SKIPPED, where));
	}

	private LastYear loadNamed(Path named, Report report, SourceRange where) {
		String name = report.previousReport();
		if (!Files.isRegularFile(named)) {
			return LastYear.unusable(unusable("上年报告 " + name + (Files.exists(named) ? " 不是普通文件" : " 不存在") + SKIPPED, where));
		}
		if (size(named) > ReportFileLimit.MAX_BYTES) {
			return LastYear.unusable(unusable("上年报告 " + name + " 超过 " + (ReportFileLimit.MAX_BYTES >> 20)
					+ " MiB，不像年度报告" + SKIPPED, where));
		}
		Optional<Report> previous = read(named);
		if (previous.isEmpty() || previous.get().organ() == null || previous.get().year() == null) {
			return LastYear.unusable(unusable("上年报告 " + name + " 不是年度报告（没有写明 机关 和 年度）" + SKIPPED, where));
		}
		return new LastYear(previous.get(), List.of());
	}

	private static Diagnostic unusable(String message, SourceRange where) {
		return Diagnostic.warning(IssueCodes.PREVIOUS_UNUSABLE, message, where);
	}

	/** Empty when the file cannot be read or is over the size limit. */
	private Optional<Report> read(Path file) {
		if (size(file) > ReportFileLimit.MAX_BYTES) {
			return Optional.empty();
		}
		// Made as this language's resource whatever the file's extension (上年报告 may name a .txt).
		XtextResource resource = resources.get();
		resource.setURI(URI.createFileURI(file.toString()));
		resourceSets.get().getResources().add(resource);
		try {
			byte[] text = contentOf(file);
			if (text.length > ReportFileLimit.MAX_BYTES) {
				return Optional.empty();
			}
			resource.load(new java.io.ByteArrayInputStream(text), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		if (resource.getContents().isEmpty()) {
			return Optional.empty();
		}
		var parsed = (org.govreport.dsl.govReport.Report) resource.getContents().get(0);
		return Optional.of(ReportAssembler.assemble(SourceLinesReader.read(parsed), file.getFileName().toString()).report());
	}

	/**
	 * The text of last year's report, at most one byte over the limit. The language server gives the text
	 * of an open editor instead, which may differ from the file.
	 */
	protected byte[] contentOf(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			// At most the limit, even if the file grew since its size was taken.
			return in.readNBytes((int) ReportFileLimit.MAX_BYTES + 1);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return Long.MAX_VALUE;
		}
	}

	private static SourceRange fieldRange(List<SourceLine> lines, String key) {
		for (SourceLine line : lines) {
			if (line instanceof SourceLine.FieldLine field
					&& HeaderFields.canonical(field.key().text()).filter(key::equals).isPresent()) {
				return field.range();
			}
		}
		return SourceRange.NONE;
	}

	private static Optional<Path> localPath(Resource resource) {
		if (resource == null || resource.getURI() == null) {
			return Optional.empty();
		}
		URI local = resource.getURI().isPlatformResource() ? CommonPlugin.asLocalURI(resource.getURI())
				: resource.getURI();
		return local.isFile() ? Optional.of(Paths.get(local.toFileString())) : Optional.empty();
	}
}
