package org.govreport.cli.lsp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govreport.dsl.ide.document.ReportDocument;
import org.govreport.dsl.ide.hover.CrossYearLines;
import org.govreport.dsl.model.LinePlace;
import org.govreport.dsl.model.PreviousReports;
import org.govreport.dsl.model.ReportFileLimit;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.parsing.source.SourceLine.TableLine;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.CrossYearRule;
import org.govreport.dsl.template.CrossYearRule.YearTerm;
import org.govreport.dsl.template.Scope;

/**
 * Go to definition on a cell that takes part in a cross-year rule (R7–R9): the row of last year's report
 * it is compared with (the same row for rules along rows; the row the rule names, e.g. 四、结转下年度继续办理,
 * for R8). Last year's report is found as the rules find it, and read from the editor when it is open.
 */
final class CrossYearDefinition {
	private CrossYearDefinition() {
	}

	static List<Location> of(XtextResource resource, int offset, Function<Path, Optional<String>> openText,
			Function<Path, URI> uriOf) {
		Path file = GovReportWorkspaceManager.pathOf(resource.getURI());
		ReportDocument document = ReportDocument.of(resource);
		Optional<CellRef> cell = cellAt(document, offset);
		if (file == null || cell.isEmpty()) {
			return List.of();
		}
		Set<String> rows = new LinkedHashSet<>();
		for (CrossYearRule rule : document.template().crossYearRules()) {
			if (rule.table().equals(cell.get().table()) && CrossYearLines.involves(rule, cell.get())) {
				rows.addAll(comparedRows(rule, cell.get()));
			}
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		for (Path candidate : candidates(file, document)) {
			Optional<String> text = openText.apply(candidate).or(() -> read(candidate));
			if (text.isEmpty()) {
				continue;
			}
			ReportDocument lastYear = ReportDocument.of(load(resource, candidate, text.get(), uriOf));
			if (lastYear.report().organ() == null || document.report().organ() == null
					|| !PreviousReports.isLastYearOf(lastYear.report(), document.report())) {
				continue;
			}
			Document lines = new Document(0, text.get(), false);
			List<Location> found = new ArrayList<>();
			for (LinePlace place : lastYear.places()) {
				if (place.row() != null && place.table() != null && place.table().key().equals(cell.get().table())
						&& rows.contains(place.row().key())) {
					found.add(new Location(candidate.toUri().toString(),
							new Range(lines.getPosition(place.offset()), lines.getPosition(place.end()))));
				}
			}
			return found;
		}
		return List.of();
	}

	private static Optional<CellRef> cellAt(ReportDocument document, int offset) {
		Optional<LinePlace> place = document.placeAt(offset);
		if (place.isEmpty() || place.get().row() == null || !(place.get().line() instanceof TableLine line)) {
			return Optional.empty();
		}
		for (int i = 0; i < line.cells().size() && i < place.get().columns().size(); i++) {
			SourceCell cell = line.cells().get(i);
			int start = cell.range().offset();
			if (start <= offset && offset <= start + cell.range().length() && place.get().columns().get(i) != null) {
				return Optional.of(new CellRef(place.get().table().key(), place.get().row().key(),
						place.get().columns().get(i).key()));
			}
		}
		return Optional.empty();
	}

	/** Along rows, last year's line is the cell's own row; a rule naming rows compares with those it takes from last year. */
	private static List<String> comparedRows(CrossYearRule rule, CellRef cell) {
		if (rule.scope() == Scope.PER_ROW) {
			return List.of(cell.row());
		}
		return rule.terms().stream().filter(YearTerm::previousYear).map(YearTerm::name).toList();
	}

	private static List<Path> candidates(Path file, ReportDocument document) {
		Optional<Path> named = PreviousReports.named(file, document.report());
		return named.isPresent() ? List.of(named.get()) : PreviousReports.candidates(file, document.report());
	}

	private static XtextResource load(XtextResource current, Path file, String text, Function<Path, URI> uriOf) {
		// A resource set of its own: last year's report must not join this year's (nor be checked with it).
		XtextResource resource = current.getResourceServiceProvider().get(XtextResource.class);
		resource.setURI(uriOf.apply(file));
		current.getResourceServiceProvider().get(XtextResourceSet.class).getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			// From memory: cannot fail.
		}
		return resource;
	}

	private static Optional<String> read(Path file) {
		try {
			return Files.size(file) > ReportFileLimit.MAX_BYTES ? Optional.empty() : Optional.of(Files.readString(file));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
