package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.govreport.dsl.generator.DocumentFormat;
import org.govreport.dsl.generator.pdf.PdfFace;
import org.govreport.dsl.model.Report;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.SourceLinesReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PDFs (and OFDs, printed by the same layout) render side by side on several threads, sharing the parsed
 * faces, to the bytes they have when rendered one at a time; no render waits for another.
 */
class ParallelPdfTest {
	private static final int THREADS = 4;

	private ExecutorService threads;

	@BeforeEach
	void startThreads() {
		threads = Executors.newFixedThreadPool(THREADS);
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void pdfsRenderedSideBySideHaveTheBytesOfPdfsRenderedOneAtATime() throws Exception {
		var reports = examples();
		var alone = new LinkedHashMap<String, byte[]>();
		for (var report : reports.entrySet()) {
			for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.OFD)) {
				alone.put(report.getKey() + "." + format.extension(), render(report.getValue(), format));
			}
		}
		// every document three times over, all at once, so that renders of the same faces overlap
		var start = new CountDownLatch(1);
		var rendering = new ArrayList<Map.Entry<String, Future<byte[]>>>();
		for (int round = 0; round < 3; round++) {
			for (var report : reports.entrySet()) {
				for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.OFD)) {
					Callable<byte[]> task = () -> {
						start.await();
						return render(report.getValue(), format);
					};
					rendering.add(Map.entry(report.getKey() + "." + format.extension(), threads.submit(task)));
				}
			}
		}
		start.countDown();
		for (var rendered : rendering) {
			assertArrayEquals(alone.get(rendered.getKey()), rendered.getValue().get(5, TimeUnit.MINUTES), rendered.getKey());
		}
		assertEquals(3 * alone.size(), rendering.size());
	}

	/** The faces were once guarded by one lock on their class, which every PDF held from layout to save, and every OFD while it subset them. */
	@Test
	void aPdfAndAnOfdRenderWhileAnotherThreadHoldsTheLockOnTheFaces() throws Exception {
		var report = examples().values().iterator().next();
		var starts = Map.of(DocumentFormat.PDF, "%PDF-", DocumentFormat.OFD, "PK");
		synchronized (PdfFace.class) {
			for (var format : List.of(DocumentFormat.PDF, DocumentFormat.OFD)) {
				byte[] bytes = threads.submit(() -> render(report, format)).get(2, TimeUnit.MINUTES);
				assertTrue(new String(bytes, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith(starts.get(format)),
						format + " does not start as one");
			}
		}
	}

	private static byte[] render(Report report, DocumentFormat format) throws Exception {
		var out = new ByteArrayOutputStream();
		ReportBuilder.renderer(format).render(report, out);
		return out.toByteArray();
	}

	/** The examples by file name, through the real parser into the typed model. */
	private static Map<String, Report> examples() throws Exception {
		var validator = new ReportValidator();
		var reports = new LinkedHashMap<String, Report>();
		List<Path> files;
		try (Stream<Path> list = Files.list(ExampleReports.FOLDER)) {
			files = list.filter(file -> file.toString().endsWith(".govreport")).sorted().toList();
		}
		for (Path file : files) {
			var parsed = (org.govreport.dsl.govReport.Report) validator.load(file).getContents().get(0);
			var name = file.getFileName().toString();
			reports.put(name, ReportAssembler.assemble(SourceLinesReader.read(parsed), name).report());
		}
		return reports;
	}
}
