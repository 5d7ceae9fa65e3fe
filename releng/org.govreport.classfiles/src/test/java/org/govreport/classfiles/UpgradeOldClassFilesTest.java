package org.govreport.classfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpgradeOldClassFilesTest {
	private static final long TIME = 1_767_225_600_000L; // 2026-01-01, as the build's reproducible entries

	@TempDir
	Path folder;

	@Test
	void theOldClassFilesAreRewrittenAndEverythingElseIsKeptInOrder() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put(JarFile.MANIFEST_NAME, "Manifest-Version: 1.0\r\nMain-Class: old.Base\r\n\r\n".getBytes(StandardCharsets.UTF_8));
		entries.put("old/", new byte[0]);
		entries.put("old/Base.class", OldClasses.empty("old/Base", "java/lang/Object", OldClasses.JAVA_5));
		entries.put("old/Left.class", OldClasses.empty("old/Left", "old/Base", OldClasses.JAVA_5));
		entries.put("old/Pick.class", OldClasses.branching("old/Pick", "old/Left", "java/util/ArrayList"));
		entries.put("recent/Recent.class", OldClasses.empty("recent/Recent", "old/Base", 61));
		entries.put("plugin.properties", "name=没有变\n".getBytes(StandardCharsets.UTF_8));
		Path jar = write(entries);
		var permissions = Files.getPosixFilePermissions(jar);

		assertEquals(3, UpgradeOldClassFiles.upgrade(jar));
		assertEquals(permissions, Files.getPosixFilePermissions(jar), "as readable as any file the build writes");

		Map<String, byte[]> rewritten = read(jar);
		assertEquals(List.copyOf(entries.keySet()), List.copyOf(rewritten.keySet()));
		for (String name : List.of("old/Base.class", "old/Left.class", "old/Pick.class")) {
			assertEquals(50, OldClasses.version(rewritten.get(name)), name);
		}
		for (String name : List.of(JarFile.MANIFEST_NAME, "old/", "recent/Recent.class", "plugin.properties")) {
			assertArrayEquals(entries.get(name), rewritten.get(name), name);
		}
		try (JarFile read = new JarFile(jar.toFile())) {
			assertEquals("old.Base", read.getManifest().getMainAttributes().getValue("Main-Class"));
			assertTrue(Collections.list(read.entries()).stream().allMatch(entry -> entry.getTime() == TIME));
		}
		assertEquals(List.of(jar), Files.list(folder).toList(), "nothing left beside the jar");
	}

	@Test
	void theFacesAreStoredUncompressedAndNothingElseIs() throws IOException {
		byte[] face = new byte[100_000];
		new java.util.Random(17).nextBytes(face);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("fonts/body.ttf", face);
		entries.put("fonts/headings.ttc", face);
		entries.put("fonts/README.md", "# 字体\n".repeat(100).getBytes(StandardCharsets.UTF_8));
		entries.put("recent/Recent.class", OldClasses.empty("recent/Recent", "java/lang/Object", 61));
		Path jar = write(entries);

		assertEquals(0, UpgradeOldClassFiles.upgrade(jar));

		try (ZipFile read = new ZipFile(jar.toFile())) {
			for (String name : entries.keySet()) {
				ZipEntry entry = read.getEntry(name);
				int method = name.endsWith(".ttf") || name.endsWith(".ttc") ? ZipEntry.STORED : ZipEntry.DEFLATED;
				assertEquals(method, entry.getMethod(), name);
				assertArrayEquals(entries.get(name), read.getInputStream(entry).readAllBytes(), name);
			}
		}
		assertEquals(List.copyOf(entries.keySet()), List.copyOf(read(jar).keySet()));
	}

	@Test
	void aClassFileThatCannotBeUpgradedIsNamedAndTheJarIsLeftAsItWas() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("old/Base.class", OldClasses.empty("old/Base", "java/lang/Object", OldClasses.JAVA_5));
		entries.put("org/apache/log4j/net/JMSAppender.class",
				OldClasses.branching("org/apache/log4j/net/JMSAppender", "javax/jms/Queue", "old/Base"));
		Path jar = write(entries);
		byte[] before = Files.readAllBytes(jar);

		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> UpgradeOldClassFiles.upgrade(jar));

		assertTrue(refused.getMessage().contains("org/apache/log4j/net/JMSAppender.class needs javax.jms.Queue"),
				refused.getMessage());
		assertArrayEquals(before, Files.readAllBytes(jar));
		assertEquals(List.of(jar), Files.list(folder).toList(), "nothing left beside the jar");
	}

	private Path write(Map<String, byte[]> entries) throws IOException {
		Path jar = folder.resolve("some.jar");
		try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				zipEntry.setTime(TIME);
				out.putNextEntry(zipEntry);
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return jar;
	}

	private static Map<String, byte[]> read(Path jar) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
			}
		}
		return entries;
	}
}
