package org.govreport.dsl.generator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.govreport.dsl.generator.html.HtmlRenderer;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;

/**
 * Xtext's generator hook, so that Xtext's standard tooling (the builder, the language server, the
 * xtext-maven-plugin) produces the default document: the report as HTML, named after organ and year.
 * A file with syntax errors produces nothing, so its previous output stays.
 */
public class GovReportGenerator extends AbstractGenerator {

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Report parsed)) {
			return;
		}
		var report = ReportAssembler.assemble(SourceLinesReader.read(parsed), resource.getURI().lastSegment()).report();
		var html = new ByteArrayOutputStream();
		try {
			new HtmlRenderer().render(report, html);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		fsa.generateFile(DocumentWriter.fileName(report, DocumentFormat.HTML), new ByteArrayInputStream(html.toByteArray()));
	}
}
