package org.govreport.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.govreport.dsl.ide.contentassist.GovReportProposalProvider;

/** The IDE services of the language, shared by the language server and the Eclipse plugin. */
public class GovReportIdeModule extends AbstractGovReportIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return GovReportProposalProvider.class;
	}
}
