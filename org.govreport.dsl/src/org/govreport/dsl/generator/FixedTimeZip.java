package org.govreport.dsl.generator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip with every entry stamped at one fixed time, in the same order: the libraries that write
 * zip-based documents (POI for .docx, ofdrw for .ofd) stamp the parts with the current time, which would
 * make every build of the same report differ. The stamp is a local DOS time only, so that the bytes are
 * the same in every time zone.
 */
public final class FixedTimeZip {
	/**
	 * Not midnight of 1 January 1980: java.util.zip takes that DOS time to mean "earlier than DOS can say"
	 * and adds an extended timestamp in UTC, computed from the machine's time zone.
	 */
	private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 12, 0);

	private FixedTimeZip() {
	}

	/** An entry stamped at the fixed time, for a zip written directly. */
	public static ZipEntry entry(String name) {
		var entry = new ZipEntry(name);
		entry.setTimeLocal(FIXED_TIME);
		return entry;
	}

	public static void copy(byte[] zip, OutputStream out) throws IOException {
		copy(zip, out, (name, content) -> content);
	}

	/** @param content given an entry's name and bytes, the bytes to write instead */
	public static void copy(byte[] zip, OutputStream out, BiFunction<String, byte[], byte[]> content) throws IOException {
		var copy = new ZipOutputStream(out);
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				copy.putNextEntry(entry(entry.getName()));
				copy.write(content.apply(entry.getName(), in.readAllBytes()));
				copy.closeEntry();
			}
		}
		copy.finish();
	}
}
