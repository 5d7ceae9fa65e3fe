package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govreport.dsl.govReport.GovReportPackage;
import org.govreport.dsl.parsing.NoCrossReferencesLinker;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The language links nothing, so its linker does nothing; the day the grammar or the model gains a
 * reference to an element defined elsewhere, these fail and the linker must become Xtext's again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class NoCrossReferencesLinkerTest {

	@Inject
	private IGrammarAccess grammar;

	@Inject
	private ILinker linker;

	@Test
	void theGrammarHasNoCrossReference() {
		assertEquals(List.of(), GrammarUtil.allRules(grammar.getGrammar()).stream()
				.flatMap(rule -> GrammarUtil.containedCrossReferences(rule).stream()).toList());
	}

	@Test
	void theModelHasNoReferenceButContainment() {
		assertEquals(List.of(), GovReportPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).flatMap(type -> type.getEReferences().stream())
				.filter(reference -> !reference.isContainment() && !reference.isContainer()).map(EReference::getName).toList());
	}

	@Test
	void theLanguageUsesTheLinkerThatLinksNothing() {
		assertEquals(NoCrossReferencesLinker.class, linker.getClass());
	}
}
