package org.govreport.dsl.ui.quickfix;

import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The icon beside a quick fix or assist in the editor's pop-ups and the Problems view's Quick Fix dialog. */
final class QuickFixIcon {
	private static final String KEY = "org.govreport.dsl.ui.quickfix";

	private QuickFixIcon() {
	}

	/** Called on the UI thread, as JFace asks for images; the registry disposes the image with the display. */
	static Image get() {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		if (registry.getDescriptor(KEY) == null) {
			ResourceLocator.imageDescriptorFromBundle("org.govreport.dsl.ui", "icons/quickfix.png")
					.ifPresent(descriptor -> registry.put(KEY, descriptor));
		}
		return registry.get(KEY);
	}
}
