package org.govreport.dsl.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.govreport.dsl.ide.symbols.OutlineEntry;
import org.govreport.dsl.ui.DocumentLocations;
import org.govreport.dsl.ui.GovReportLanguage;

/**
 * The Outline view's page for a report: header, sections and tables from the language's outline,
 * refreshed after a pause in typing; selecting an entry reveals it in the editor.
 */
public class ReportOutlinePage extends ContentOutlinePage {
	private static final int PAUSE_BEFORE_REFRESH_MILLIS = 400;

	private final ITextEditor editor;
	private final IDocument document;
	private final Job refresh = Job.create("govreport: outline", this::refresh);
	private final IDocumentListener changes = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refresh.schedule(PAUSE_BEFORE_REFRESH_MILLIS);
		}
	};

	public ReportOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		refresh.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		var viewer = getTreeViewer();
		viewer.setContentProvider(new EntryContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				var entry = (OutlineEntry) element;
				return entry.detail().isEmpty() ? entry.name() : entry.name() + "  " + entry.detail();
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof OutlineEntry entry) {
				editor.selectAndReveal(entry.selectionOffset(), entry.selectionLength());
			}
		});
		if (document != null) {
			document.addDocumentListener(changes);
		}
		refresh.schedule();
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeDocumentListener(changes);
		}
		refresh.cancel();
		super.dispose();
	}

	private IStatus refresh(IProgressMonitor monitor) {
		if (document == null) {
			return Status.OK_STATUS;
		}
		List<OutlineEntry> entries = GovReportLanguage.awaitServices().outline(DocumentLocations.uri(document), document.get());
		var control = getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					getTreeViewer().setInput(entries);
					getTreeViewer().expandAll();
				}
			});
		}
		return Status.OK_STATUS;
	}

	private static final class EntryContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineEntry) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineEntry) element).children().isEmpty();
		}
	}
}
