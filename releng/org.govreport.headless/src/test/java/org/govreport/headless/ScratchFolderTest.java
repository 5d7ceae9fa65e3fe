package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's scratch files go to a folder of this process, not to the /tmp/poifiles all users share. */
class ScratchFolderTest {

	@TempDir
	Path folder;

	@Test
	void theWorkbookWritesItsScratchFilesIntoAFolderOfItsOwn() throws Exception {
		new FiguresTable().write(List.of(ExampleReports.JIANGCHENG_2020), folder.resolve("t.xlsx"));
		File scratch = TempFile.createTempFile("probe", ".xml");
		try {
			Path shared = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
			assertNotEquals(shared, scratch.toPath().getParent());
			assertTrue(scratch.getParentFile().getName().startsWith("govreport-poi"), scratch::toString);
		} finally {
			Files.delete(scratch.toPath());
		}
	}
}
