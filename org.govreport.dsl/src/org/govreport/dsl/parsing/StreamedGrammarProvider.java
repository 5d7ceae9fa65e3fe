package org.govreport.dsl.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Constants;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.AllRulesCache;
import org.eclipse.xtext.service.GrammarProvider;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * The language's grammar read from the stream of its class-path resource, where Xtext's provider opens a URL
 * connection to it.
 * <p>
 * EMF asks such a connection for its time stamp, and for a file in a jar the JDK then loads its table of MIME
 * types and makes an HTTP date format for the US locale, a few milliseconds of a one-file check in a fresh
 * JVM spent on a date nobody reads (issue 17). The grammar, its resource set and its rule cache are otherwise
 * those Xtext's provider makes.
 */
public class StreamedGrammarProvider extends GrammarProvider {
	private final Provider<XtextResourceSet> resourceSets;
	/** Where Xtext's provider finds the grammar: the language's name as a path. */
	private final String path;
	private final Supplier<Grammar> grammar = Suppliers.memoize(this::read);

	@Inject
	public StreamedGrammarProvider(@Named(Constants.LANGUAGE_NAME) String languageName,
			Provider<XtextResourceSet> resourceSets) {
		super(languageName, resourceSets);
		this.resourceSets = resourceSets;
		this.path = languageName.replace('.', '/') + ".xtextbin";
	}

	@Override
	public Grammar getGrammar(Object requestor) {
		return grammar.get();
	}

	private Grammar read() {
		ClassLoader loader = StreamedGrammarProvider.class.getClassLoader();
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.setClasspathURIContext(loader);
		Resource resource = resourceSet.createResource(URI.createURI("classpath:/" + path));
		try (InputStream in = loader.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("the grammar " + path + " is not on the class path");
			}
			resource.load(in, null);
		} catch (IOException e) {
			throw new UncheckedIOException("could not read the grammar " + path, e);
		}
		EcoreUtil.resolveAll(resource);
		Grammar read = (Grammar) resource.getContents().get(0);
		new AllRulesCache(read).attachToEmfObject(read);
		return read;
	}
}
