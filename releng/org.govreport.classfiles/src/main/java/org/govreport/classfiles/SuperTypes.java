package org.govreport.classfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * The class hierarchy that computing stack map frames needs (the common superclass of two types), read
 * from the class files themselves: those of the jar being rewritten, then those of the JDK that runs the
 * build. No class is loaded, so no static initialiser of a library runs at build time.
 */
final class SuperTypes {
	private static final String OBJECT = "java/lang/Object";

	/** What a class file says of its place in the hierarchy. */
	private record Header(String superName, List<String> interfaces, boolean isInterface) {
	}

	private final Function<String, byte[]> ownClassFiles;
	private final Map<String, Header> headers = new HashMap<>();

	/** @param ownClassFiles the class file of an internal name ({@code a/b/C}), or null when there is none */
	SuperTypes(Function<String, byte[]> ownClassFiles) {
		this.ownClassFiles = ownClassFiles;
	}

	/** The nearest common superclass of two types, as the JVM's verifier merges them. */
	String commonSuperClass(String first, String second) {
		if (isAssignableFrom(first, second)) {
			return first;
		}
		if (isAssignableFrom(second, first)) {
			return second;
		}
		if (header(first).isInterface() || header(second).isInterface()) {
			return OBJECT;
		}
		String candidate = first;
		do {
			candidate = header(candidate).superName();
		} while (!isAssignableFrom(candidate, second));
		return candidate;
	}

	private boolean isAssignableFrom(String target, String type) {
		if (type.equals(target)) {
			return true;
		}
		Header header = header(type);
		if (header.superName() != null && isAssignableFrom(target, header.superName())) {
			return true;
		}
		return header.interfaces().stream().anyMatch(candidate -> isAssignableFrom(target, candidate));
	}

	private Header header(String internalName) {
		return headers.computeIfAbsent(internalName, this::read);
	}

	private Header read(String internalName) {
		byte[] bytes = ownClassFiles.apply(internalName);
		if (bytes == null) {
			bytes = jdkClassFile(internalName);
		}
		ClassReader reader = new ClassReader(bytes);
		return new Header(reader.getSuperName(), List.of(reader.getInterfaces()),
				(reader.getAccess() & Opcodes.ACC_INTERFACE) != 0);
	}

	private static byte[] jdkClassFile(String internalName) {
		try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(internalName + ".class")) {
			if (in == null) {
				throw new TypeNotPresentException(internalName.replace('/', '.'), null);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
