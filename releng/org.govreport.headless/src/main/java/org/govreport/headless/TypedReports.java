package org.govreport.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.validation.AssembledReports;

/**
 * Report files read into the typed model and checked, for the tools that work on many reports at once
 * (sum, table, diff): each file is parsed and assembled once, the checks and these tools reading the same
 * assembly.
 */
public final class TypedReports {
	private final ReportValidator validator;

	public TypedReports() {
		this(new ReportValidator());
	}

	public TypedReports(ReportValidator validator) {
		this.validator = validator;
	}

	/** A report file, what checking it found, and its typed model (named by the path as given). */
	public record TypedReport(Path file, CheckedReport checked, Report report) {
		public int errors() {
			return (int) checked.findings().stream().filter(Finding::isError).count();
		}

		public int warnings() {
			return checked.findings().size() - errors();
		}
	}

	/** @throws IOException naming the file, when it cannot be read or holds no report at all */
	public TypedReport read(Path file) throws IOException {
		XtextResource resource = validator.load(file);
		CheckedReport checked = validator.check(file, resource).withoutInformation();
		if (resource.getContents().isEmpty()) {
			throw new IOException(file + ": not a report (nothing could be read from it)");
		}
		// the assembly the checks just made, kept on the resource; renamed for messages naming the path as given
		var assembled = resource.getResourceServiceProvider().get(AssembledReports.class).of(resource).report();
		var report = new Report(file.toString(), assembled.organ(), assembled.year(), assembled.template(), assembled.level(),
				assembled.previousReport(), assembled.preamble(), assembled.sections(), assembled.tables(), assembled.summedOrgans());
		return new TypedReport(file, checked, report);
	}

	/**
	 * Every file read, in order, on as many threads as there are processors: a thousand reports are a
	 * thousand independent parses and checks.
	 *
	 * @throws IOException the first in the files' order, when one cannot be read
	 */
	public List<TypedReport> readAll(List<Path> files) throws IOException {
		var reports = new ArrayList<TypedReport>(files.size());
		if (files.isEmpty()) {
			return reports;
		}
		// the first alone: it makes the validator's injector, which the other threads then share
		reports.add(read(files.get(0)));
		try (var workers = Workers.of(Runtime.getRuntime().availableProcessors())) {
			var rest = new InOrder<>(files.subList(1, files.size()), workers, this::read);
			while (rest.hasNext()) {
				reports.add(rest.take());
			}
		}
		return reports;
	}
}
