package org.govreport.dsl.validation;

import java.util.List;

import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validation with at most {@link FindingsCap#LIMIT} issues a file, the rest counted in one
 * more; the command line, the language server and the editor all validate through it.
 */
public class CappedResourceValidator extends ResourceValidatorImpl {

	@Override
	protected IAcceptor<Issue> createAcceptor(List<Issue> result) {
		return new FindingsCap(result);
	}
}
