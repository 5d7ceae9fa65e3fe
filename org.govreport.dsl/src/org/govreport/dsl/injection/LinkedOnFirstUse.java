package org.govreport.dsl.injection;

import java.lang.annotation.Annotation;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.inject.Binder;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.Scope;
import com.google.inject.binder.ScopedBindingBuilder;
import com.google.inject.spi.DefaultBindingScopingVisitor;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.LinkedKeyBinding;

/**
 * A module's bindings with every {@code bind(Service).to(Implementation)} resolved when the service is first
 * asked for rather than when the injector is made.
 * <p>
 * Guice reflects over each linked implementation, and over everything it injects in turn, while it makes the
 * injector: Xtext's runtime module links the serializer, the formatter and the indexing, which a one-file
 * check never uses, and a command line that is over in a third of a second spent a good part of it there
 * (issue 17). Resolved on first use, each implementation is still the same one, in the same scope: the
 * service's binding keeps the scope it was given, and the implementation's own binding keeps the one its
 * class declares. What is lost is that a binding to a class Guice cannot make fails on first use instead of
 * at start-up; the tests make the language's services.
 */
public final class LinkedOnFirstUse implements Module {
	private final Module bindings;

	public LinkedOnFirstUse(Module bindings) {
		this.bindings = bindings;
	}

	@Override
	public void configure(Binder binder) {
		for (Element element : Elements.getElements(bindings)) {
			if (element instanceof LinkedKeyBinding<?> linked && deferrable(linked)) {
				bindOnFirstUse(binder, linked);
			} else {
				element.applyTo(binder);
			}
		}
	}

	/**
	 * An eager singleton is made at start-up by definition, and a link to an annotated key may be one of
	 * Guice's own multibindings, which look for linked bindings.
	 */
	private static boolean deferrable(LinkedKeyBinding<?> linked) {
		return linked.getLinkedKey().getAnnotationType() == null && !linked.acceptScopingVisitor(EAGER);
	}

	private static final DefaultBindingScopingVisitor<Boolean> EAGER = new DefaultBindingScopingVisitor<>() {
		@Override
		protected Boolean visitOther() {
			return false;
		}

		@Override
		public Boolean visitEagerSingleton() {
			return true;
		}
	};

	private static <T> void bindOnFirstUse(Binder binder, LinkedKeyBinding<T> linked) {
		ScopedBindingBuilder scoped = binder.withSource(linked.getSource()).bind(linked.getKey())
				.toProvider(new Implementation<T>(linked.getLinkedKey()));
		linked.acceptScopingVisitor(new DefaultBindingScopingVisitor<Void>() {
			@Override
			public Void visitScopeAnnotation(Class<? extends Annotation> scopeAnnotation) {
				scoped.in(scopeAnnotation);
				return null;
			}

			@Override
			public Void visitScope(Scope scope) {
				scoped.in(scope);
				return null;
			}
		});
	}

	/** The implementation's own binding, looked up once, when the service is first asked for. */
	private static final class Implementation<T> implements Provider<T> {
		private final Key<? extends T> key;
		@Inject
		private Injector injector;
		private final Supplier<Provider<? extends T>> provider;

		Implementation(Key<? extends T> key) {
			this.key = key;
			this.provider = Suppliers.memoize(() -> injector.getProvider(key));
		}

		@Override
		public T get() {
			return provider.get().get();
		}

		@Override
		public String toString() {
			return "on first use: " + key;
		}
	}
}
