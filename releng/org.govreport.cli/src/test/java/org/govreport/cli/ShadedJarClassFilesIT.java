package org.govreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The launcher's start-up cache (CDS) refuses class files older than Java 6; the build upgrades them all. */
class ShadedJarClassFilesIT {
	private static final Path JAR = Path.of(System.getProperty("govreport.jar", "target/govreport.jar")).toAbsolutePath();
	private static final int JAVA_6 = 50;

	@Test
	void noClassFileIsOlderThanJava6() throws IOException {
		List<String> old = new ArrayList<>();
		try (ZipFile jar = new ZipFile(JAR.toFile())) {
			for (ZipEntry entry : Collections.list(jar.entries())) {
				if (entry.getName().endsWith(".class") && majorVersion(jar, entry) < JAVA_6) {
					old.add(entry.getName());
				}
			}
		}
		assertEquals(List.of(), old);
	}

	private static int majorVersion(ZipFile jar, ZipEntry classFile) throws IOException {
		try (InputStream in = jar.getInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
			data.readInt(); // magic
			data.readUnsignedShort(); // minor version
			return data.readUnsignedShort();
		}
	}
}
