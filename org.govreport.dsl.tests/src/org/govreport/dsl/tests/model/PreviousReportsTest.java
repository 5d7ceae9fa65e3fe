package org.govreport.dsl.tests.model;

import static org.govreport.dsl.tests.ReportTesting.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Last year's report is the file that declares the same organ and the previous year, not one whose name
 * holds a piece of the organ; a file the user names in 上年报告 that cannot serve gets a warning there.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class PreviousReportsTest {
	private static final String ORGAN = "重庆市大渡口区八桥镇";
	private static final String THIS_YEAR = SampleReports.V2019.replace("机关：测试镇", "机关：" + ORGAN);
	/** Last year's 行政许可 count: 440 + 7 this year means 447 is expected; 500 breaks the cross-year rule. */
	private static final String LAST_YEAR = THIS_YEAR.replace("年度：2020", "年度：2019").replace("| 440 | +7 | 12",
			"| 400 | +7 | 500");

	private static final String NOT_FOUND = "INFO 2 govreport.previous.notFound 未找到上年报告 " + ORGAN + "-2019.govreport（同一文件夹中机关为“"
			+ ORGAN + "”、年度为 2019 的报告；在别处请用“上年报告：”指明），跨年度核对（R7–R9）未进行";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

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

	private List<String> check(String name, String text) throws IOException {
		Path file = Files.writeString(folder.resolve(name), text);
		XtextResource resource = (XtextResource) resourceSets.get()
				.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		return resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(issue -> issue.getSeverity() + " " + issue.getLineNumber() + " " + issue.getCode() + " "
						+ issue.getMessage())
				.toList();
	}

	@Test
	void anotherOrganWhoseNameIsAPieceOfThisOneIsNotLastYear() throws IOException {
		Files.writeString(folder.resolve("大渡口区-2019.govreport"), LAST_YEAR.replace("机关：" + ORGAN, "机关：大渡口区"));
		assertEquals(List.of(NOT_FOUND), check(ORGAN + "-2020.govreport", THIS_YEAR));
	}

	/** The cross-year rules are never skipped in silence: one piece of information names the file looked for. */
	@Test
	void noReportOfLastYearIsSaidOnceNamingTheFileLookedFor() throws IOException {
		assertEquals(List.of(NOT_FOUND), check(ORGAN + "-2020.govreport", THIS_YEAR));
		Files.writeString(folder.resolve(ORGAN + "-2019.govreport"), LAST_YEAR.replace("| 400 | +7 | 500", "| 433 | +7 | 12"));
		assertEquals(List.of(), check(ORGAN + "-2020.govreport", THIS_YEAR));
	}

	/**
	 * A folder whose listing is kept for the reports after the first (its time is an hour old): each report
	 * still finds its own last year, and one written after the listing is found too.
	 */
	@Test
	void aFolderListedOnceForManyReportsStillFindsEachLastYear() throws IOException {
		String otherOrgan = "重庆市大渡口区跳磴镇";
		String otherThisYear = THIS_YEAR.replace("机关：" + ORGAN, "机关：" + otherOrgan);
		Files.writeString(folder.resolve(otherOrgan + "-2019.govreport"), otherThisYear.replace("年度：2020", "年度：2019")
				.replace("| 440 | +7 | 12", "| 433 | +7 | 12"));
		Files.writeString(folder.resolve(otherOrgan + "-2020.govreport"), otherThisYear);
		Files.writeString(folder.resolve(ORGAN + "-2020.govreport"), THIS_YEAR);
		Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		assertEquals(List.of(), check(otherOrgan + "-2020.govreport", otherThisYear));
		assertEquals(List.of(NOT_FOUND), check(ORGAN + "-2020.govreport", THIS_YEAR));
		Files.writeString(folder.resolve(ORGAN + "-2019.govreport"), LAST_YEAR);
		List<String> findings = check(ORGAN + "-2020.govreport", THIS_YEAR);
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(true, findings.get(0).endsWith("上年报告 " + ORGAN + "-2019.govreport"), findings.get(0));
	}

	@Test
	void theFileDeclaringThisOrganIsLastYearWhateverItsName() throws IOException {
		Files.writeString(folder.resolve("八桥镇-2019.govreport"), LAST_YEAR);
		List<String> findings = check(ORGAN + "-2020.govreport", THIS_YEAR);
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(true, findings.get(0).endsWith("上年报告 八桥镇-2019.govreport"), findings.get(0));
	}

	@Test
	void twoFilesDeclaringLastYearAreNamedNotChosenBetween() throws IOException {
		Files.writeString(folder.resolve("八桥镇-2019.govreport"), LAST_YEAR);
		Files.writeString(folder.resolve("八桥镇-2019-修订.govreport"), LAST_YEAR);
		assertEquals(List.of("WARNING 1 govreport.previous.ambiguous 同一文件夹中有 2 个 " + ORGAN
				+ " 2019 年度的报告：八桥镇-2019-修订.govreport、八桥镇-2019.govreport；请用“上年报告：”指明哪一个，跨年度核对（R7–R9）未进行"),
				check(ORGAN + "-2020.govreport", THIS_YEAR));
	}

	@Test
	void aNamedFileThatIsMissingOrNoReportIsSaidOnItsLine() throws IOException {
		Files.writeString(folder.resolve("去年.txt"), "会议纪要\n");
		assertEquals(List.of("WARNING 4 govreport.previous.unusable 上年报告 去年.govreport 不存在，跨年度核对（R7–R9）未进行"),
				check("本年.govreport", withPrevious("去年.govreport")));
		assertEquals(List.of("WARNING 4 govreport.previous.unusable 上年报告 去年.txt 不是年度报告（没有写明 机关 和 年度），跨年度核对（R7–R9）未进行"),
				check("本年.govreport", withPrevious("去年.txt")));
	}

	@Test
	void aNamedFileOverTheSizeLimitIsNotRead() throws IOException {
		try (var huge = new RandomAccessFile(folder.resolve("巨大.govreport").toFile(), "rw")) {
			huge.setLength(1L << 30);
		}
		assertEquals(List.of("WARNING 4 govreport.previous.unusable 上年报告 巨大.govreport 超过 2 MiB，不像年度报告，跨年度核对（R7–R9）未进行"),
				check("本年.govreport", withPrevious("巨大.govreport")));
	}

	@Test
	void aNamedFileIsUsedWhateverItsName() throws IOException {
		Files.writeString(folder.resolve("去年.govreport"), LAST_YEAR);
		List<String> findings = check("本年.govreport", withPrevious("去年.govreport"));
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(true, findings.get(0).endsWith("上年报告 去年.govreport"), findings.get(0));
	}

	private static String withPrevious(String name) {
		return edit(THIS_YEAR, "层级：乡镇", "层级：乡镇\n上年报告：" + name);
	}
}
