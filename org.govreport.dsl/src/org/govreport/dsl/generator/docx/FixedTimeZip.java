package org.govreport.dsl.generator.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip with every entry stamped at one fixed time, in the same order: POI stamps the parts of a
 * .docx with the current time, which would make every build of the same report differ.
 */
final class FixedTimeZip {
	private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

	private FixedTimeZip() {
	}

	static void copy(byte[] zip, OutputStream out) throws IOException {
		var copy = new ZipOutputStream(out);
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				var fixed = new ZipEntry(entry.getName());
				fixed.setTimeLocal(FIXED_TIME);
				copy.putNextEntry(fixed);
				in.transferTo(copy);
				copy.closeEntry();
			}
		}
		copy.finish();
	}
}
