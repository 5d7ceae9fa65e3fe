package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.govreport.dsl.govReport.GovReportPackage;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The language leaves out EMF's generic constraints, which a parsed report can never break: the day the
 * model gains a required feature (or a reference, see {@link NoCrossReferencesLinkerTest}), these fail
 * and the constraints must be checked again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class NoGenericEmfConstraintsTest {

	@Test
	void theModelHasNoRequiredFeature() {
		assertEquals(List.of(), GovReportPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).flatMap(type -> type.getEStructuralFeatures().stream())
				.filter(feature -> feature.getLowerBound() > 0).map(EStructuralFeature::getName).toList());
	}

	@Test
	void theLanguagesValidatorLeavesThemOut() {
		var validator = EValidator.Registry.INSTANCE.getEValidator(GovReportPackage.eINSTANCE);
		assertFalse(assertInstanceOf(CompositeEValidator.class, validator).isUseEObjectValidator());
	}
}
