package org.govreport.dsl.injection;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.IConcreteSyntaxValidator;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxValidator;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Xtext's concrete-syntax validator, made when a model is first checked for being serializable (before it is
 * saved). Every resource is given one, and making it analyses the grammar's constraints; checking a report
 * never asks it.
 */
public final class ConcreteSyntaxValidatorOnFirstUse implements IConcreteSyntaxValidator {
	private final Supplier<IConcreteSyntaxValidator> validator;

	@Inject
	ConcreteSyntaxValidatorOnFirstUse(Injector injector) {
		validator = Suppliers.memoize(() -> injector.getInstance(ConcreteSyntaxValidator.class));
	}

	@Override
	public boolean validateObject(EObject obj, IDiagnosticAcceptor acceptor, Map<Object, Object> context) {
		return validator.get().validateObject(obj, acceptor, context);
	}

	@Override
	public boolean validateRecursive(EObject obj, IDiagnosticAcceptor acceptor, Map<Object, Object> context) {
		return validator.get().validateRecursive(obj, acceptor, context);
	}
}
