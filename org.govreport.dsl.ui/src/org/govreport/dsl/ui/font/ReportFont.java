package org.govreport.dsl.ui.font;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

/**
 * The font of the report editor: LXGW WenKai Mono (bundled, see fonts/README.md), in which a Chinese
 * character is exactly two Latin characters wide, at the size nearest the workbench's text font whose em is
 * an even number of pixels, so that the {@code |} of a formatted table line up to the pixel.
 */
public final class ReportFont {
	static final String FAMILY = "LXGW WenKai Mono";
	private static final String FILE = "fonts/LXGWWenKaiMono-Regular.ttf";
	private static final int POINTS_PER_INCH = 72;
	private static Font font;

	private ReportFont() {
	}

	/** The font, made once per display; null when the bundled file cannot be loaded (then the text font stays). */
	public static synchronized Font get(Display display) {
		if (font == null && load(display)) {
			FontData text = JFaceResources.getTextFont().getFontData()[0];
			font = new Font(display, FAMILY, evenPixelHeight(text.getHeight(), display.getDPI().y), SWT.NORMAL);
			display.disposeExec(ReportFont::dispose);
		}
		return font;
	}

	/** The smallest point size from {@code points} up whose em is a whole, even number of pixels at this dpi. */
	static int evenPixelHeight(int points, int dpi) {
		for (int candidate = Math.max(points, 1); candidate < points + POINTS_PER_INCH; candidate++) {
			int scaled = candidate * dpi;
			if (scaled % POINTS_PER_INCH == 0 && (scaled / POINTS_PER_INCH) % 2 == 0) {
				return candidate;
			}
		}
		return points;
	}

	private static boolean load(Display display) {
		URL entry = Platform.getBundle("org.govreport.dsl.ui").getEntry(FILE);
		try {
			return entry != null && display.loadFont(FileLocator.toFileURL(entry).getPath());
		} catch (IOException e) {
			ILog.of(ReportFont.class).error("cannot load the editor font " + FILE, e);
			return false;
		}
	}

	private static synchronized void dispose() {
		if (font != null) {
			font.dispose();
			font = null;
		}
	}
}
