package org.govreport.classfiles;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.JSRInlinerAdapter;

/**
 * One class file older than Java 6 rewritten as a Java 6 one (version 50): the same code, with the stack map
 * frames that version 50 verification reads, computed from the bytecode. Subroutines (jsr/ret, which old
 * compilers emitted for finally blocks) are inlined first, as frames cannot describe them.
 */
final class ClassFileUpgrade {
	/** The oldest version the JVM's class-data-sharing archive accepts. */
	static final int VERSION = Opcodes.V1_6;

	private ClassFileUpgrade() {
	}

	/** @return whether these bytes are a class file the archive would refuse */
	static boolean isOld(byte[] classFile) {
		if (classFile.length < 8) {
			return false;
		}
		int major = (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
		return major < VERSION;
	}

	/** @throws TypeNotPresentException when a type the frames need is neither in {@code types} nor the JDK */
	static byte[] upgrade(byte[] classFile, SuperTypes types) {
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
			@Override
			protected String getCommonSuperClass(String first, String second) {
				return types.commonSuperClass(first, second);
			}
		};
		new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName,
					String[] interfaces) {
				super.visit(VERSION, access, name, signature, superName, interfaces);
			}

			@Override
			public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
					String[] exceptions) {
				MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
				return new JSRInlinerAdapter(method, access, name, descriptor, signature, exceptions);
			}
		}, 0);
		return writer.toByteArray();
	}
}
