package org.govreport.dsl.validation;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.model.Assembly;
import org.govreport.dsl.model.ReportAssembler;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.SourceLinesReader;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The one assembly of a resource's text: the validator and every editor service take it from here, so a
 * change is read once and all of them see the same structure. Xtext's resource scope cache drops it when
 * the resource is re-parsed.
 */
@Singleton
public class AssembledReports {
	private static final Object KEY = AssembledReports.class;

	@Inject
	private IResourceScopeCache cache;

	/** Counted for the whole JVM: tests make several injectors, and the cache lives on the resource, not here. */
	private static final AtomicInteger ASSEMBLIES = new AtomicInteger();

	public Assembly of(XtextResource resource) {
		return cache.get(KEY, resource, () -> assemble(resource));
	}

	/** Anything computed from the assembly that should live exactly as long as it (an editor's view). */
	public <T> T derived(Class<T> key, XtextResource resource, com.google.inject.Provider<T> compute) {
		return cache.get(key, resource, compute);
	}

	/** How many times a report was assembled since start: each text once, however many services read it. */
	public static int assemblies() {
		return ASSEMBLIES.get();
	}

	private Assembly assemble(XtextResource resource) {
		ASSEMBLIES.incrementAndGet();
		List<SourceLine> lines = resource.getContents().isEmpty() ? List.of()
				: SourceLinesReader.read((Report) resource.getContents().get(0));
		return ReportAssembler.assemble(lines, sourceName(resource));
	}

	/** The file name, decoded: messages naming two reports show it as the user wrote it. */
	public static String sourceName(XtextResource resource) {
		return resource.getURI() == null || resource.getURI().lastSegment() == null ? ""
				: URI.decode(resource.getURI().lastSegment());
	}
}
