package org.govreport.dsl.tests.model;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.govreport.dsl.tests.SampleReports;
import org.govreport.dsl.tests.ValidatedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Full-width digits and thousands separators are read as the number they are, with a warning that offers
 * the plain form; they used to be "应填数字" or "不写单位，实为“,440”".
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class NumberFormsTest {

	@Inject
	private ParseHelper<Report> parser;

	private void expect(String piece, String replacement, String... expected) throws Exception {
		assertEquals(List.of(expected),
				ValidatedText.rendered(parser, edit(SampleReports.V2021, piece, replacement)));
	}

	@Test
	void fullWidthDigitsAreReadAndTheFixIsThePlainForm() throws Exception {
		expect("行政许可           | 120", "行政许可 | １２０",
				"WARNING 13:8 govreport.cell.numberForm 本年处理决定数量 写作“１２０”，应写 120");
	}

	@Test
	void thousandsSeparatorsAreRead() throws Exception {
		expect("行政事业性收费     | 96171.6", "行政事业性收费 | 96,171.6",
				"WARNING 18:11 govreport.cell.numberForm 本年收费金额（单位：万元） 写作“96,171.6”，应写 96171.6");
		expect("行政许可           | 120", "行政许可 | 1，120",
				"WARNING 13:8 govreport.cell.numberForm 本年处理决定数量 写作“1，120”，应写 1120");
	}

	@Test
	void aCommaThatIsNoThousandsSeparatorIsStillAnError() throws Exception {
		expect("行政许可           | 120", "行政许可 | 12,0",
				"ERROR 13:10 govreport.cell.unit 本年处理决定数量 是件数，不写单位，实为“,0”");
	}
}
