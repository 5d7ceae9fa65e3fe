package org.govreport.dsl.tests.injection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.validation.IConcreteSyntaxValidator;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.injection.LinkedOnFirstUse;
import org.govreport.dsl.tests.SampleReports;
import org.junit.jupiter.api.Test;

import com.google.inject.AbstractModule;
import com.google.inject.ConfigurationException;
import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.ProvisionException;
import com.google.inject.Singleton;
import com.google.inject.Stage;

/**
 * The language's services linked on first use (issue 17): the same implementations in the same scopes as
 * Guice's own links, made only when asked for; and every service of the language's injector still made.
 */
class LinkedOnFirstUseTest {
	interface Service {
	}

	static class Unscoped implements Service {
	}

	@Singleton
	static class DeclaredSingleton implements Service {
	}

	interface Other {
	}

	static class NeedsSomethingUnbound implements Other {
		@Inject
		NeedsSomethingUnbound(Unbindable missing) {
		}
	}

	interface Unbindable {
	}

	static class Eager implements Other {
		static int made;

		Eager() {
			made++;
		}
	}

	@Test
	void aLinkIsTheSameImplementationInTheSameScope() {
		Injector unscoped = Guice.createInjector(new LinkedOnFirstUse(binder -> binder.bind(Service.class).to(Unscoped.class)));
		assertInstanceOf(Unscoped.class, unscoped.getInstance(Service.class));
		assertNotSame(unscoped.getInstance(Service.class), unscoped.getInstance(Service.class));

		Injector scopedLink = Guice.createInjector(new LinkedOnFirstUse(
				binder -> binder.bind(Service.class).to(Unscoped.class).in(Singleton.class)));
		assertSame(scopedLink.getInstance(Service.class), scopedLink.getInstance(Service.class));

		Injector scopedClass = Guice.createInjector(new LinkedOnFirstUse(binder -> binder.bind(Service.class).to(DeclaredSingleton.class)));
		assertSame(scopedClass.getInstance(Service.class), scopedClass.getInstance(DeclaredSingleton.class),
				"the service is the implementation's own singleton");
	}

	@Test
	void anImplementationIsLookedAtOnlyWhenFirstAskedFor() {
		AbstractModule module = new AbstractModule() {
			@Override
			protected void configure() {
				bind(Other.class).to(NeedsSomethingUnbound.class);
			}
		};
		assertThrows(Exception.class, () -> Guice.createInjector(module), "Guice's own link fails at once");
		Injector linkedLater = Guice.createInjector(new LinkedOnFirstUse(module));
		var firstUse = assertThrows(ProvisionException.class, () -> linkedLater.getInstance(Other.class));
		assertTrue(firstUse.getMessage().contains("No implementation for LinkedOnFirstUseTest$Unbindable"), firstUse.getMessage());
	}

	@Test
	void anEagerSingletonIsStillMadeAtOnce() {
		Eager.made = 0;
		Guice.createInjector(Stage.DEVELOPMENT,
				new LinkedOnFirstUse(binder -> binder.bind(Other.class).to(Eager.class).asEagerSingleton()));
		assertEquals(1, Eager.made);
	}

	/** What the description of {@link LinkedOnFirstUse} promises: every service of the language can be made. */
	@Test
	void everyServiceOfTheLanguageIsMade() {
		Injector language = new GovReportStandaloneSetup().createInjector();
		List<String> failed = new ArrayList<>();
		for (Key<?> key : language.getAllBindings().keySet()) {
			try {
				language.getInstance(key);
			} catch (ProvisionException | ConfigurationException e) {
				failed.add(key + ": " + e.getMessage().lines().findFirst().orElse(""));
			}
		}
		assertEquals(List.of(), failed);
		assertTrue(language.getAllBindings().size() > 100, "the runtime module's bindings: " + language.getAllBindings().size());
	}

	/**
	 * The serializer and the concrete-syntax validator each resource is given are made on first use, and then
	 * serialize and validate as Xtext's own.
	 */
	@Test
	void aResourceSerializesAndValidatesItsSyntaxOnFirstUse() throws IOException {
		Injector language = new GovReportStandaloneSetup().createInjector();
		XtextResourceSet resourceSet = language.getInstance(XtextResourceSet.class);
		var resource = (XtextResource) language.getInstance(IResourceFactory.class).createResource(URI.createURI("测试镇-2020.govreport"));
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(SampleReports.V2019.getBytes(StandardCharsets.UTF_8)), null);
		var report = (Report) resource.getContents().get(0);

		ISerializer serializer = resource.getSerializer();
		assertEquals("SerializerOnFirstUse", serializer.getClass().getSimpleName());
		String written = serializer.serialize(report);
		assertTrue(written.contains("机关"), written);

		IConcreteSyntaxValidator syntax = resource.getConcreteSyntaxValidator();
		assertEquals("ConcreteSyntaxValidatorOnFirstUse", syntax.getClass().getSimpleName());
		List<String> problems = new ArrayList<>();
		assertTrue(syntax.validateRecursive(report, diagnostic -> problems.add(diagnostic.getMessage()), new HashMap<>()),
				problems::toString);
	}
}
