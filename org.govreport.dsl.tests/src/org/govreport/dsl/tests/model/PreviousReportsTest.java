package org.govreport.dsl.tests.model;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.govreport.dsl.tests.ReportTesting.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.govreport.dsl.model.PreviousReports;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreviousReportsTest {
	/** Made by hand: the bundle does not import org.junit.jupiter.api.io, where @TempDir lives. */
	private Path folder;

	@BeforeEach
	void createFolder() throws IOException {
		folder = Files.createTempDirectory("govreport");
	}

	@AfterEach
	void deleteFolder() throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	@Test
	void lastYearsReportOfTheSameOrganInTheSameFolder() throws IOException {
		var current = Files.writeString(folder.resolve("测试镇-2020.govreport"), SampleReports.V2019);
		var previous = Files.writeString(folder.resolve("测试镇-2019.govreport"), "");
		Files.writeString(folder.resolve("别的镇-2019.govreport"), "");
		assertEquals(Optional.of(previous), PreviousReports.locate(current, report(SampleReports.V2019)));
	}

	@Test
	void aFileNamedByAShortFormOfTheOrgan() throws IOException {
		var source = SampleReports.V2019.replace("机关：测试镇", "机关：某县测试镇");
		var current = Files.writeString(folder.resolve("测试镇-2020.govreport"), source);
		var previous = Files.writeString(folder.resolve("测试镇-2019.govreport"), "");
		assertEquals(Optional.of(previous), PreviousReports.locate(current, report(source)));
	}

	@Test
	void theFileNamedInTheHeaderWins() throws IOException {
		var source = edit(SampleReports.V2019, "层级：乡镇", "层级：乡镇\n上年报告：old/去年.govreport");
		var current = Files.writeString(folder.resolve("测试镇-2020.govreport"), source);
		Files.createDirectories(folder.resolve("old"));
		var named = Files.writeString(folder.resolve("old/去年.govreport"), "");
		Files.writeString(folder.resolve("测试镇-2019.govreport"), "");
		assertEquals(Optional.of(named), PreviousReports.locate(current, report(source)));
	}

	@Test
	void noPreviousReportIsNormal() throws IOException {
		var current = Files.writeString(folder.resolve("测试镇-2020.govreport"), SampleReports.V2019);
		assertEquals(Optional.empty(), PreviousReports.locate(current, report(SampleReports.V2019)));
	}
}
