package org.govreport.cli.lsp;

import java.util.List;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * A project whose first build checks nothing: Xtext would check every report of the workspace before
 * answering {@code initialize}; {@link WorkspaceCheck} checks them afterwards, in the background, with
 * progress, while the editor already answers.
 */
public class InitialBuildInBackground extends ProjectManager {

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		return doBuild(List.of(), List.of(), List.of(), cancelIndicator);
	}
}
