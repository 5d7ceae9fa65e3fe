package org.govreport.classfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The JVM verifies a version 50 class whose frames are wrong again the old way, silently; so the classes
 * are run here as version 51 ones, which it verifies by their frames alone.
 */
class ClassFileUpgradeTest {
	private final Map<String, byte[]> jar = new HashMap<>(Map.of(
			"old/Base", OldClasses.empty("old/Base", "java/lang/Object", OldClasses.JAVA_5),
			"old/Left", OldClasses.empty("old/Left", "old/Base", OldClasses.JAVA_5),
			"old/Right", OldClasses.empty("old/Right", "old/Base", OldClasses.JAVA_5)));
	private final SuperTypes types = new SuperTypes(jar::get);

	@Test
	void anUpgradedClassIsVerifiedWithTheFramesComputedAndRunsAsBefore() throws Exception {
		jar.put("old/Mixed", OldClasses.branching("old/Mixed", "old/Left", "java/util/ArrayList"));
		jar.put("old/Siblings", OldClasses.branching("old/Siblings", "java/util/ArrayList", "java/util/LinkedList"));
		jar.replaceAll((name, classFile) -> ClassFileUpgrade.upgrade(classFile, types));

		jar.values().forEach(classFile -> assertEquals(50, OldClasses.version(classFile)));
		assertEquals("old.Left", call("old/Mixed", "pick", true));
		assertEquals("java.util.ArrayList", call("old/Mixed", "pick", false));
		assertEquals("java.util.LinkedList", call("old/Siblings", "pick", false));
		assertEquals(42, call("old/Siblings", "finallyBlock"));
	}

	@Test
	void withoutFramesTheSameClassDoesNotVerify() {
		byte[] bumpedOnly = OldClasses.branching("old/Bumped", "old/Left", "old/Right");
		bumpedOnly[7] = 51;
		jar.put("old/Bumped", bumpedOnly);
		assertThrows(VerifyError.class, () -> call("old/Bumped", "pick", true));
	}

	@Test
	void framesMergeTwoClassesOfTheJarIntoTheirCommonSuperclass() {
		assertEquals("old/Base", types.commonSuperClass("old/Left", "old/Right"));
		assertEquals("java/lang/Object", types.commonSuperClass("old/Left", "java/util/ArrayList"));
		assertEquals("java/util/AbstractList", types.commonSuperClass("java/util/ArrayList", "java/util/Vector"));
		assertEquals("java/util/List", types.commonSuperClass("java/util/List", "java/util/ArrayList"));
	}

	@Test
	void aTypeNeitherInTheJarNorInTheJdkIsNamed() {
		byte[] orphan = OldClasses.branching("old/Orphan", "javax/jms/Queue", "old/Left");
		TypeNotPresentException missing = assertThrows(TypeNotPresentException.class,
				() -> ClassFileUpgrade.upgrade(orphan, types));
		assertEquals("javax.jms.Queue", missing.typeName());
	}

	@Test
	void onlyClassFilesOlderThanJava6AreOld() {
		assertTrue(ClassFileUpgrade.isOld(OldClasses.empty("a/B", "java/lang/Object", OldClasses.JAVA_5)));
		assertFalse(ClassFileUpgrade.isOld(OldClasses.empty("a/B", "java/lang/Object", 50)));
		assertFalse(ClassFileUpgrade.isOld(OldClasses.empty("a/B", "java/lang/Object", 61)));
	}

	private Object call(String className, String method, Object... arguments) throws Exception {
		ClassLoader loader = new ClassLoader(null) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				byte[] classFile = jar.get(name.replace('.', '/'));
				if (classFile == null) {
					throw new ClassNotFoundException(name);
				}
				byte[] strict = classFile.clone();
				strict[7] = 51;
				return defineClass(name, strict, 0, strict.length);
			}
		};
		Class<?>[] parameters = arguments.length == 0 ? new Class<?>[0] : new Class<?>[] { boolean.class };
		Method target = loader.loadClass(className.replace('/', '.')).getMethod(method, parameters);
		return target.invoke(null, arguments);
	}
}
