package org.govreport.dsl.generator.pdf;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;


import com.google.common.base.Suppliers;
/**
 * Keeps openhtmltopdf's form-control fonts from searching the machine's fonts. For every PDF it makes
 * Helvetica and ZapfDingbats, for form controls, whether the document has any or not (ours never do, and
 * nothing of the two is written). PDFBox gives each standard font a stand-in from the fonts installed on
 * the machine, and to find one it first lists them all (or reads its cache in the home folder) and then
 * parses the stand-in: about 0.2 s of the first PDF of a run, and more where many fonts are installed.
 * While one of our PDFs is laid out, on that thread, a standard font's stand-in is looked for only when a
 * glyph or a metric of it is asked for, through PDFBox's own mapper; everywhere else, and for every other
 * font, that mapper answers as before.
 */
final class DeferredStandardFonts implements FontMapper {
	private static final ThreadLocal<Boolean> LAYING_OUT = new ThreadLocal<>();

	private final FontMapper system;

	private DeferredStandardFonts(FontMapper system) {
		this.system = system;
	}

	/** Something done with PDFBox that may throw. */
	interface Work {
		void run() throws IOException;
	}

	/** Runs the work with the standard fonts' stand-ins deferred on this thread. */
	static void during(Work work) throws IOException {
		install();
		var outer = LAYING_OUT.get();
		LAYING_OUT.set(Boolean.TRUE);
		try {
			work.run();
		} finally {
			LAYING_OUT.set(outer);
		}
	}

	private static synchronized void install() {
		var current = FontMappers.instance();
		if (!(current instanceof DeferredStandardFonts)) {
			FontMappers.set(new DeferredStandardFonts(current));
		}
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
		if (Boolean.TRUE.equals(LAYING_OUT.get()) && Standard14Fonts.containsName(baseFont)) {
			return new FontMapping<>(new StandIn(system, baseFont, descriptor), false);
		}
		return system.getFontBoxFont(baseFont, descriptor);
	}

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
		return system.getTrueTypeFont(baseFont, descriptor);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
		return system.getCIDFont(baseFont, descriptor, systemInfo);
	}

	/** A standard font's stand-in, found through PDFBox's mapper on first use. */
	private static final class StandIn implements FontBoxFont {
		private final Supplier<FontBoxFont> found;

		StandIn(FontMapper system, String baseFont, PDFontDescriptor descriptor) {
			found = Suppliers.memoize(() -> system.getFontBoxFont(baseFont, descriptor).getFont());
		}

		private FontBoxFont font() {
			return found.get();
		}

		@Override
		public String getName() throws IOException {
			return font().getName();
		}

		@Override
		public BoundingBox getFontBBox() throws IOException {
			return font().getFontBBox();
		}

		@Override
		public List<Number> getFontMatrix() throws IOException {
			return font().getFontMatrix();
		}

		@Override
		public GeneralPath getPath(String name) throws IOException {
			return font().getPath(name);
		}

		@Override
		public float getWidth(String name) throws IOException {
			return font().getWidth(name);
		}

		@Override
		public boolean hasGlyph(String name) throws IOException {
			return font().hasGlyph(name);
		}
	}
}
