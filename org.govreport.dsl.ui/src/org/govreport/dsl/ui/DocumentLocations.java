package org.govreport.dsl.ui;

import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/** Finds which workspace file an open document belongs to, and the URI the language knows it by. */
public final class DocumentLocations {

	private DocumentLocations() {
	}

	public static Optional<IFile> workspaceFile(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return Optional.empty();
		}
		IPath location = buffer.getLocation();
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		return file.exists() ? Optional.of(file) : Optional.empty();
	}

	public static URI uri(IDocument document) {
		return workspaceFile(document)
				.map(file -> URI.createPlatformResourceURI(file.getFullPath().toString(), true))
				.orElseGet(() -> URI.createURI("inmemory:/document" + System.identityHashCode(document) + ".govreport"));
	}

}
