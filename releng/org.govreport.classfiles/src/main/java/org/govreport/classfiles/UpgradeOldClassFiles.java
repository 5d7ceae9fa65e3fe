package org.govreport.classfiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A step of the command line's build: rewrites, in its jar, every class file older than Java 6 as a Java 6
 * one ({@link ClassFileUpgrade}). The JVM's class-data-sharing archive refuses the older ones ("Pre JDK 6
 * class not supported by CDS"), and picocli, ANTLR 3 and log4j 1 are shipped as such, so every run read,
 * parsed and verified them from the jar again. The faces the PDF embeds (fonts/*.ttf, *.ttc) are stored
 * uncompressed on the way: a run reads each one whole, and inflating a 5 MB face cost 20 ms of its first PDF
 * (the jar grows by a tenth). The jar is written aside and moved into place; its entries keep their order
 * and times, so the jar stays reproducible. Usage: {@code UpgradeOldClassFiles JAR}.
 */
public final class UpgradeOldClassFiles {

	private UpgradeOldClassFiles() {
	}

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		System.out.println("upgraded " + upgrade(jar) + " class files older than Java 6 in " + jar);
	}

	/**
	 * @return how many class files were rewritten
	 * @throws IllegalStateException naming every class file whose frames need a type the jar lacks (the jar
	 *                               is then left as it was)
	 */
	static int upgrade(Path jar) throws IOException {
		// not a temporary file's owner-only mode: the jar is read by every user of an installed checkout
		Path aside = jar.toAbsolutePath().resolveSibling(jar.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		Files.deleteIfExists(aside);
		try {
			int upgraded;
			try (ZipFile in = new ZipFile(jar.toFile());
					OutputStream file = Files.newOutputStream(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					JarOutputStream out = new JarOutputStream(file)) {
				upgraded = copy(in, out);
			}
			Files.move(aside, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return upgraded;
		} finally {
			Files.deleteIfExists(aside);
		}
	}

	private static int copy(ZipFile in, JarOutputStream out) throws IOException {
		SuperTypes types = new SuperTypes(internalName -> classFile(in, internalName));
		List<String> failures = new ArrayList<>();
		int upgraded = 0;
		for (ZipEntry entry : Collections.list(in.entries())) {
			byte[] bytes = in.getInputStream(entry).readAllBytes();
			if (entry.getName().endsWith(".class") && ClassFileUpgrade.isOld(bytes)) {
				try {
					bytes = ClassFileUpgrade.upgrade(bytes, types);
					upgraded++;
				} catch (TypeNotPresentException e) {
					failures.add(entry.getName() + " needs " + e.typeName());
				}
			}
			ZipEntry copy = new ZipEntry(entry.getName());
			copy.setTime(entry.getTime());
			if (isFace(entry.getName())) {
				stored(copy, bytes);
			}
			out.putNextEntry(copy);
			out.write(bytes);
			out.closeEntry();
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException("These class files older than Java 6 cannot be given stack map frames, as "
					+ "the jar lacks types they use; leave them out of the jar (they cannot run without those types "
					+ "anyway): " + String.join(", ", failures));
		}
		return upgraded;
	}

	static boolean isFace(String entryName) {
		return entryName.startsWith("fonts/") && (entryName.endsWith(".ttf") || entryName.endsWith(".ttc"));
	}

	private static void stored(ZipEntry entry, byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		entry.setCompressedSize(bytes.length);
		entry.setCrc(crc.getValue());
	}

	private static byte[] classFile(ZipFile jar, String internalName) {
		ZipEntry entry = jar.getEntry(internalName + ".class");
		if (entry == null) {
			return null;
		}
		try {
			return jar.getInputStream(entry).readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
