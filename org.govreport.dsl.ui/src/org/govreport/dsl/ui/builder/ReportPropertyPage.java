package org.govreport.dsl.ui.builder;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;

/** Project → Properties → govreport: the document formats and output folder of the report builder. */
public class ReportPropertyPage extends PropertyPage {
	private Text formats;
	private Text folder;

	@Override
	protected Control createContents(Composite parent) {
		var body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		var project = project();
		formats = field(body, "文档格式（逗号分隔：html, docx, pdf, txt, json）：",
				String.join(", ", ReportBuildSettings.formats(project)));
		folder = field(body, "输出文件夹：", ReportBuildSettings.outputFolder(project));
		return body;
	}

	private static Text field(Composite body, String label, String value) {
		new Label(body, SWT.NONE).setText(label);
		var text = new Text(body, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setText(value);
		return text;
	}

	@Override
	protected void performDefaults() {
		formats.setText(ReportBuildSettings.DEFAULT_FORMATS);
		folder.setText(ReportBuildSettings.DEFAULT_OUTPUT_FOLDER);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		var preferences = ReportBuildSettings.preferences(project());
		preferences.put(ReportBuildSettings.FORMATS, formats.getText().trim());
		preferences.put(ReportBuildSettings.OUTPUT_FOLDER, folder.getText().trim());
		try {
			preferences.flush();
			ReportNature.addTo(project());
		} catch (BackingStoreException | CoreException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}

	private IProject project() {
		return getElement().getAdapter(IProject.class);
	}
}
