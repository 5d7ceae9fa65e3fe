package org.govreport.classfiles;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/** Class files as a Java 5 compiler (version 49, no stack map frames) would write them, made with ASM. */
final class OldClasses {
	static final int JAVA_5 = V1_5;

	private OldClasses() {
	}

	/** {@code class name extends superName} with a public no-argument constructor and nothing else. */
	static byte[] empty(String name, String superName, int version) {
		ClassWriter writer = new ClassWriter(0);
		writer.visit(version, ACC_PUBLIC | ACC_SUPER, name, null, superName, null);
		MethodVisitor init = writer.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
		init.visitCode();
		init.visitVarInsn(ALOAD, 0);
		init.visitMethodInsn(INVOKESPECIAL, superName, "<init>", "()V", false);
		init.visitInsn(RETURN);
		init.visitMaxs(1, 1);
		init.visitEnd();
		writer.visitEnd();
		return writer.toByteArray();
	}

	/**
	 * {@code name} with {@code static String pick(boolean)}, returning the class name of
	 * {@code flag ? new first() : new second()} (a branch whose frames merge the two types), and
	 * {@code static int finallyBlock()}, which returns 42 through a jsr/ret subroutine.
	 */
	static byte[] branching(String name, String first, String second) {
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
		writer.visit(JAVA_5, ACC_PUBLIC | ACC_SUPER, name, null, "java/lang/Object", null);

		MethodVisitor pick = writer.visitMethod(ACC_PUBLIC | ACC_STATIC, "pick", "(Z)Ljava/lang/String;", null, null);
		pick.visitCode();
		Label otherwise = new Label();
		Label merged = new Label();
		pick.visitVarInsn(ILOAD, 0);
		pick.visitJumpInsn(IFEQ, otherwise);
		construct(pick, first);
		pick.visitJumpInsn(GOTO, merged);
		pick.visitLabel(otherwise);
		construct(pick, second);
		pick.visitLabel(merged);
		pick.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
		pick.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false);
		pick.visitInsn(ARETURN);
		pick.visitMaxs(0, 0);
		pick.visitEnd();

		MethodVisitor finallyBlock = writer.visitMethod(ACC_PUBLIC | ACC_STATIC, "finallyBlock", "()I", null, null);
		finallyBlock.visitCode();
		Label subroutine = new Label();
		finallyBlock.visitInsn(ICONST_0);
		finallyBlock.visitVarInsn(ISTORE, 0);
		finallyBlock.visitJumpInsn(JSR, subroutine);
		finallyBlock.visitVarInsn(ILOAD, 0);
		finallyBlock.visitInsn(IRETURN);
		finallyBlock.visitLabel(subroutine);
		finallyBlock.visitVarInsn(ASTORE, 1);
		finallyBlock.visitIincInsn(0, 42);
		finallyBlock.visitVarInsn(RET, 1);
		finallyBlock.visitMaxs(0, 0);
		finallyBlock.visitEnd();

		writer.visitEnd();
		return writer.toByteArray();
	}

	private static void construct(MethodVisitor method, String type) {
		method.visitTypeInsn(NEW, type);
		method.visitInsn(DUP);
		method.visitMethodInsn(INVOKESPECIAL, type, "<init>", "()V", false);
	}

	/** The class file version of these bytes. */
	static int version(byte[] classFile) {
		return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
	}
}
