package org.govreport.dsl.ui.product;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;

/**
 * Opens the govreport IDE product maximised the first time (the workbench model is new only then; afterwards
 * the window comes back as the user left it). In someone else's Eclipse it changes nothing.
 */
public class MaximiseFirstWindow {
	static final String PRODUCT = "org.govreport.dsl.ui.ide";

	@Execute
	public void maximise(MApplication application) {
		IProduct product = Platform.getProduct();
		if (product == null || !PRODUCT.equals(product.getId())) {
			return;
		}
		for (MWindow window : application.getChildren()) {
			window.getTags().add(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
		}
	}
}
