package org.govreport.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Constants;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.AllRulesCache;
import org.eclipse.xtext.service.GrammarProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.govreport.dsl.parsing.StreamedGrammarProvider;
import org.govreport.dsl.services.GovReportGrammarAccess;
import org.govreport.dsl.tests.GovReportInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * The grammar read from its stream (for start-up, issue 17) is the grammar Xtext's own provider reads
 * through a URL, with the same rule cache, so parser, serializer and content assist see no difference.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GovReportInjectorProvider.class)
class StreamedGrammarProviderTest {
	@Inject
	private Injector injector;
	@Inject
	private GovReportGrammarAccess grammarAccess;

	@Test
	void theLanguageReadsItsGrammarFromTheStream() {
		var provider = assertInstanceOf(StreamedGrammarProvider.class, injector.getInstance(GrammarProvider.class));
		Grammar grammar = provider.getGrammar(grammarAccess);
		assertEquals("org.govreport.dsl.GovReport", grammar.getName());
		assertNotNull(AllRulesCache.findInEmfObject(grammar), "the rule cache Xtext's provider attaches");
		assertSame(grammar, provider.getGrammar(this), "read once by each provider, as Xtext's");
	}

	@Test
	void itIsTheGrammarXtextsProviderReads() {
		Provider<XtextResourceSet> resourceSets = injector.getProvider(XtextResourceSet.class);
		String language = injector.getInstance(Key.get(String.class, Names.named(Constants.LANGUAGE_NAME)));
		Grammar throughUrl = new GrammarProvider(language, resourceSets).getGrammar(grammarAccess);
		Grammar streamed = grammarAccess.getGrammar();
		assertTrue(EcoreUtil.equals(throughUrl, streamed), "the two grammars differ");
		assertEquals(GrammarUtil.allRules(throughUrl).size(), GrammarUtil.allRules(streamed).size());
		assertEquals(throughUrl.eResource().getURI(), streamed.eResource().getURI());
	}
}
