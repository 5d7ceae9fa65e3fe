package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Balanced reports sum to a balanced report: each input checks clean, and so does their sum, figure for figure. */
class ReportSumPropertyTest {
	private static final int TRIALS_PER_TEMPLATE = 10;

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "2019-60", "2021-30" })
	void randomBalancedReportsSumToAReportThatChecksClean(String templateId) throws Exception {
		TemplateDescription template = Templates.byId(templateId).orElseThrow();
		var reader = new TypedReports();
		var summer = new ReportSummer();
		for (long seed = 1; seed <= TRIALS_PER_TEMPLATE; seed++) {
			var generator = new RandomBalancedReports(template, seed * 7919 + templateId.hashCode());
			var trial = Files.createDirectories(folder.resolve(templateId + "-" + seed));
			var inputs = new ArrayList<Path>();
			var expected = new HashMap<CellRef, BigDecimal>();
			int count = 2 + (int) (seed % 5);
			for (int i = 0; i < count; i++) {
				Map<CellRef, BigDecimal> figures = generator.figures();
				figures.forEach((cell, value) -> expected.merge(cell, value, BigDecimal::add));
				Path input = Files.writeString(trial.resolve("单位" + i + "-2022.govreport"), generator.text("单位" + i, 2022, figures));
				assertEquals(List.of(), reader.read(input).checked().findings(), "seed " + seed + ": input " + input);
				inputs.add(input);
			}
			var summed = summer.sum(inputs, "汇总", null, false);
			Path output = Files.writeString(trial.resolve("汇总-2022.govreport"), summed.text());
			var result = reader.read(output);
			assertEquals(List.of(), result.checked().findings(), "seed " + seed + ":\n" + summed.text());
			for (var entry : expected.entrySet()) {
				assertEquals(0, entry.getValue().compareTo(result.report().cell(entry.getKey()).value()),
						"seed " + seed + ": " + entry.getKey());
			}
		}
	}
}
