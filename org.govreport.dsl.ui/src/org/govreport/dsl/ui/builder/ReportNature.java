package org.govreport.dsl.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** Marks a project as holding reports, which puts the report builder on it. */
public class ReportNature implements IProjectNature {
	public static final String ID = "org.govreport.dsl.ui.nature";

	private IProject project;

	/** Adds the nature (and so the builder) to a project that lacks it. */
	public static void addTo(IProject project) throws CoreException {
		if (!project.isOpen() || project.hasNature(ID)) {
			return;
		}
		var description = project.getDescription();
		var natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, null);
	}

	@Override
	public void configure() throws CoreException {
		var description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).anyMatch(command -> ReportBuilder.ID.equals(command.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(ReportBuilder.ID);
		var commands = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
		commands[commands.length - 1] = command;
		description.setBuildSpec(commands);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		var description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !ReportBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
