package org.govreport.dsl.ui.builder;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * The project's document settings, kept in its preferences (.settings/org.govreport.dsl.ui.prefs, so
 * they travel in git): which formats to write, and the folder to write them to.
 */
public final class ReportBuildSettings {
	public static final String QUALIFIER = "org.govreport.dsl.ui";
	public static final String FORMATS = "documentFormats";
	public static final String OUTPUT_FOLDER = "documentFolder";
	public static final String DEFAULT_FORMATS = "html";
	public static final String DEFAULT_OUTPUT_FOLDER = "documents";

	private ReportBuildSettings() {
	}

	public static IEclipsePreferences preferences(IProject project) {
		return new ProjectScope(project).getNode(QUALIFIER);
	}

	/** Format names as the user wrote them (html, pdf …), lower case. */
	public static List<String> formats(IProject project) {
		return Arrays.stream(preferences(project).get(FORMATS, DEFAULT_FORMATS).split("[,\\s]+"))
				.map(String::trim).filter(name -> !name.isEmpty()).map(String::toLowerCase).toList();
	}

	public static String outputFolder(IProject project) {
		return preferences(project).get(OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER);
	}
}
