package org.govreport.cli.lsp;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

/**
 * The generator of the language server: Xtext runs it on every change, from unsaved text, so it writes
 * nothing; documents are made by {@code govreport build} or the Eclipse plugin.
 */
public class NoGeneration extends AbstractGenerator {

	@Override
	public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		// Deliberately empty: see the class comment.
	}
}
