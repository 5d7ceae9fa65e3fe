package org.govreport.dsl.ui.quickfix;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PlatformUI;
import org.govreport.dsl.ide.codeactions.QuickFix;
import org.govreport.dsl.ide.editing.EditorProblem;
import org.govreport.dsl.ui.GovReportLanguage;
import org.govreport.dsl.ui.validation.ProblemMarkers;

/**
 * Offers the language's fixes for a govreport problem marker (Ctrl+1 in the editor, Quick Fix in the
 * Problems view). A fix edits the file's shared document: an open editor shows the change unsaved, a
 * file not open is saved.
 */
public class MarkerQuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(ProblemMarkers.CODE, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		try {
			return FileDocuments.withDocument(file, document -> {
				var services = GovReportLanguage.awaitServices();
				var uri = org.eclipse.emf.common.util.URI.createPlatformResourceURI(file.getFullPath().toString(), true);
				List<QuickFix> fixes = services.quickFixes(uri, document.get(), problem(marker));
				return fixes.stream().map(fix -> resolution(file, fix)).toArray(IMarkerResolution[]::new);
			}, false);
		} catch (CoreException e) {
			return new IMarkerResolution[0];
		}
	}

	private static EditorProblem problem(IMarker marker) {
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		String data = marker.getAttribute(ProblemMarkers.DATA, "");
		return new EditorProblem(EditorProblem.Severity.ERROR, marker.getAttribute(IMarker.MESSAGE, ""),
				marker.getAttribute(ProblemMarkers.CODE, null), start, end - start, marker.getAttribute(IMarker.LINE_NUMBER, 0),
				0, data.isEmpty() ? List.of() : List.of(data.split("\n")));
	}

	private static IMarkerResolution resolution(IFile file, QuickFix fix) {
		return new IMarkerResolution2() {
			@Override
			public String getLabel() {
				return fix.title();
			}

			@Override
			public String getDescription() {
				return fix.title();
			}

			@Override
			public Image getImage() {
				return QuickFixIcon.get();
			}

			/** The Generic Editor runs resolutions from its hover in a job; an editor's document is the UI thread's. */
			@Override
			public void run(IMarker marker) {
				PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
					try {
						FileDocuments.withDocument(file, document -> {
							QuickFixApplier.apply(document, fix);
							return null;
						}, true);
					} catch (CoreException e) {
						// The file went away; nothing to fix.
					}
				});
			}
		};
	}

	/** Reaching the document an editor shares, or the file's own when no editor has it open. */
	static final class FileDocuments {
		interface DocumentWork<T> {
			T run(org.eclipse.jface.text.IDocument document) throws CoreException;
		}

		private FileDocuments() {
		}

		static <T> T withDocument(IFile file, DocumentWork<T> work, boolean saveIfNotOpen) throws CoreException {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			var path = file.getFullPath();
			boolean openElsewhere = manager.getTextFileBuffer(path, LocationKind.IFILE) != null;
			manager.connect(path, LocationKind.IFILE, null);
			try {
				var buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
				T result = work.run(buffer.getDocument());
				if (saveIfNotOpen && !openElsewhere) {
					buffer.commit(null, true);
				}
				return result;
			} finally {
				manager.disconnect(path, LocationKind.IFILE, null);
			}
		}
	}
}
