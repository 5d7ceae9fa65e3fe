package org.govreport.dsl.ide.editing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Provider;

/**
 * The parsed resource of the latest text of each open file. The editor asks for validation, colours,
 * outline, folding and hover on the same text one after another; parsing it once lets all of them share
 * one assembly (cached on the resource) instead of each reading the report anew.
 */
final class ParsedTexts {
	/** More files than an editor shows at once; an older one is parsed again when asked. */
	private static final int KEPT = 16;

	private final Provider<XtextResourceSet> resourceSets;
	private final IResourceFactory resourceFactory;
	private final Map<URI, Parsed> latest = new LinkedHashMap<>(KEPT, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<URI, Parsed> eldest) {
			return size() > KEPT;
		}
	};

	ParsedTexts(Provider<XtextResourceSet> resourceSets, IResourceFactory resourceFactory) {
		this.resourceSets = resourceSets;
		this.resourceFactory = resourceFactory;
	}

	/**
	 * Runs the work on the resource of this text, one caller at a time per resource: EMF resources and
	 * their caches are not made for concurrent readers (the reconciler and the UI thread ask at once).
	 */
	<T> T with(URI uri, String text, Function<XtextResource, T> work) {
		var resource = resource(uri, text);
		synchronized (resource) {
			return work.apply(resource);
		}
	}

	private synchronized XtextResource resource(URI uri, String text) {
		var parsed = latest.get(uri);
		if (parsed == null || !parsed.text().equals(text)) {
			parsed = new Parsed(text, parse(uri, text));
			latest.put(uri, parsed);
		}
		return parsed.resource();
	}

	private XtextResource parse(URI uri, String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		// This injector's factory, not the global registry's: the resource then shares this injector's caches.
		XtextResource resource = (XtextResource) resourceFactory.createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private record Parsed(String text, XtextResource resource) {
	}
}
