package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Xtext's generator hook writes the HTML document, so Xtext's own tooling builds reports too. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class GovReportGeneratorTest {

	@Inject
	private ParseHelper<org.govreport.dsl.govReport.Report> parser;

	@Inject
	private IGenerator2 generator;

	@Test
	void generatesTheHtmlDocumentNamedAfterOrganAndYear() throws Exception {
		var resource = parser.parse(SampleReports.V2019).eResource();
		var files = new InMemoryFileSystemAccess();
		generator.doGenerate(resource, files, new GeneratorContext());
		assertEquals(1, files.getAllFiles().size(), files.getAllFiles().keySet().toString());
		var html = files.getBinaryFiles().get(IFileSystemAccess.DEFAULT_OUTPUT + "测试镇-2020.html");
		assertTrue(html != null && new String(html, java.nio.charset.StandardCharsets.UTF_8).contains("<h1>测试镇2020年政府信息公开工作年度报告</h1>"),
				files.getAllFiles().keySet().toString());
	}
}
