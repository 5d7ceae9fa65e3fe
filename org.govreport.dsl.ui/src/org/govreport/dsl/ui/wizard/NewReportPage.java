package org.govreport.dsl.ui.wizard;

import java.time.Year;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.govreport.dsl.ide.editing.EditorLanguageServices;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Asks for the folder, organ, year, template version and organ level of a new report. */
final class NewReportPage extends WizardPage {
	private static final String DEFAULT_PROJECT = "年度报告";

	private final IStructuredSelection selection;
	private final EditorLanguageServices services;
	private final List<String> templates;
	private final List<String> levels;
	private Text folder;
	private Text organ;
	private Spinner year;
	private Combo template;
	private Combo level;
	private Text fileName;
	private boolean fileNameEdited;
	/** Until the writer has typed something, a missing field is not yet an error. */
	private boolean touched;

	NewReportPage(IStructuredSelection selection, EditorLanguageServices services) {
		super("newReport");
		this.selection = selection;
		this.services = services;
		this.templates = services.templateIds();
		this.levels = services.organLevels();
		setTitle("新建政府信息公开工作年度报告");
		setDescription("填写机关、年度和格式，生成包含全部部分和表格（数字为 0）的报告。");
	}

	@Override
	public void createControl(Composite parent) {
		var body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		folder = field(body, "文件夹：");
		folder.setText(initialFolder());
		organ = field(body, "机关：");
		new Label(body, SWT.NONE).setText("年度：");
		year = new Spinner(body, SWT.BORDER);
		year.setValues(Year.now().getValue() - 1, services.firstYear(), services.lastYear(), 0, 1, 10);
		template = combo(body, "格式：", templates);
		template.setText(services.templateIdForYear(year.getSelection()));
		level = combo(body, "层级：", levels);
		fileName = field(body, "文件名：");
		fileName.addModifyListener(event -> {
			fileNameEdited = fileName.isFocusControl();
			validate();
		});
		organ.addModifyListener(event -> {
			touched = true;
			suggestFileName();
		});
		year.addModifyListener(event -> {
			template.setText(services.templateIdForYear(year.getSelection()));
			suggestFileName();
		});
		folder.addModifyListener(event -> validate());
		setControl(body);
		validate();
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			organ.setFocus();
		}
	}

	private static Text field(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		var text = new Text(body, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	private static Combo combo(Composite body, String label, List<String> items) {
		new Label(body, SWT.NONE).setText(label);
		var combo = new Combo(body, SWT.READ_ONLY);
		combo.setItems(items.toArray(String[]::new));
		combo.select(0);
		return combo;
	}

	/** The selected folder, else the first project, else a new project named 年度报告. */
	private String initialFolder() {
		if (selection != null && selection.getFirstElement() instanceof IResource resource) {
			var container = resource instanceof IContainer c ? c : resource.getParent();
			return container.getFullPath().toString();
		}
		var projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
		return projects.length > 0 ? projects[0].getFullPath().toString() : "/" + DEFAULT_PROJECT;
	}

	/** 江城镇-2021.govreport: the name the cross-year checks find last year's report by. */
	private void suggestFileName() {
		if (!fileNameEdited) {
			fileName.setText(organ().isEmpty() ? "" : services.reportFileName(organ(), year()));
		}
		validate();
	}

	private void validate() {
		String problem = null;
		if (folderPath() == null) {
			problem = "请填写文件夹，例如 /" + DEFAULT_PROJECT + "（不存在时新建）";
		} else if (organ().isEmpty()) {
			problem = "请填写机关名称";
		} else if (!fileName().endsWith(".govreport")) {
			problem = "文件名应以 .govreport 结尾";
		} else if (ResourcesPlugin.getWorkspace().getRoot().getFile(folderPath().append(fileName())).exists()) {
			problem = "文件已存在：" + fileName();
		}
		setErrorMessage(touched ? problem : null);
		setPageComplete(problem == null);
	}

	/** The folder as a workspace path (project first), or null when none is written or it cannot be one. */
	IPath folderPath() {
		var text = folder.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		IPath path = new Path(text).makeAbsolute();
		var workspace = ResourcesPlugin.getWorkspace();
		return path.segmentCount() > 0 && workspace.validatePath(path.toString(), IResource.PROJECT | IResource.FOLDER).isOK()
				? path : null;
	}

	String organ() {
		return organ.getText().trim();
	}

	int year() {
		return year.getSelection();
	}

	String templateId() {
		return template.getText();
	}

	String level() {
		return level.getText();
	}

	String fileName() {
		return fileName.getText().trim();
	}
}
