package org.govreport.dsl.generator.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK TrueType font shipped in the bundle (WenQuanYi Micro Hei, Apache-2.0; see fonts/README.md),
 * parsed once: parsing its 5 MB for every document would cost more than laying the document out.
 */
final class EmbeddedFont {
	static final String FAMILY = "GovReport CJK";
	private static final String RESOURCE = "/fonts/wqy-microhei.ttc";
	/** The proportional face of the collection; the other one is its monospaced twin. */
	private static final String FACE = "WenQuanYiMicroHei";

	private static TrueTypeFont font;

	private EmbeddedFont() {
	}

	/** The shared font; PDFBox reads glyphs from it while saving, so callers serialise their use. */
	static synchronized TrueTypeFont get() {
		if (font == null) {
			font = load();
		}
		return font;
	}

	private static TrueTypeFont load() {
		try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the bundle: " + RESOURCE);
			}
			// the collection stays open: PDFBox reads glyphs from it whenever it embeds a subset
			var collection = new TrueTypeCollection(in);
			var face = collection.getFontByName(FACE);
			if (face == null) {
				throw new IllegalStateException("font " + FACE + " missing from " + RESOURCE);
			}
			return face;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the embedded font " + RESOURCE, e);
		}
	}
}
