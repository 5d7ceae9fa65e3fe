package org.govreport.dsl.generator.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Supplier;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.google.common.base.Suppliers;

/**
 * The TrueType faces shipped in the bundle (see fonts/README.md), each parsed once a run and only when
 * first used: parsing megabytes of font for every document would cost more than laying the document
 * out. A parsed face is shared by every thread without a lock (see {@link #font()}). No
 * free simplified-Chinese 仿宋 or 小标宋 with TrueType outlines exists in Debian or npm: a light 宋 (AR PL
 * SungtiL GB) stands for 仿宋 and a heavier one (AR PL UMing) for 小标宋. The extension face supplies the
 * rare characters the others lack (CJK Extension A, and the Extension B+ characters admitted for names
 * of people and places).
 */
public enum PdfFace {
	TITLE("GovReport Title", "/fonts/arphic-uming-gb.ttf", null),
	SONG("GovReport Song", "/fonts/gbsn00lp.ttf", null),
	HEI("GovReport Hei", "/fonts/wqy-microhei.ttc", "WenQuanYiMicroHei"),
	KAI("GovReport Kai", "/fonts/gkai00mp.ttf", null),
	EXTENSION("GovReport Extension", "/fonts/hanazono-extension.ttf", null);

	private final String family;
	private final String resource;
	/** The face's name inside a collection (.ttc), or null for a single font. */
	private final String faceInCollection;
	/** Each face loads under a lock of its own, so faces load side by side; once loaded, no lock is taken. */
	private final Supplier<TrueTypeFont> font = Suppliers.memoize(this::load);

	PdfFace(String family, String resource, String faceInCollection) {
		this.family = family;
		this.resource = resource;
		this.faceInCollection = faceInCollection;
	}

	public String family() {
		return family;
	}

	/**
	 * The parsed font, shared by all threads, which may render with it at the same time: FontBox's parser
	 * reads every table of the font up front, and what PDFBox reads later while embedding a subset (glyph
	 * outlines, raw tables, the file) it reads under the font's own locks or from a fresh stream over its
	 * bytes; nothing in the layout or the embedding changes the font (only vertical writing would, and the
	 * PDF has none).
	 */
	public TrueTypeFont font() {
		return font.get();
	}

	/**
	 * Loads the faces every report prints in, in the order its layout first needs them: the title's, the
	 * headings', the body's and the 楷 of the （一） sub-headings every template has (the extension face loads
	 * when first used).
	 */
	public static void loadFacesOfEveryReport() {
		for (PdfFace face : new PdfFace[] { TITLE, HEI, SONG, KAI }) {
			try {
				face.font();
			} catch (RuntimeException e) {
				// the document that needs the face meets the problem again and reports it
			}
		}
	}

	/** The face a PDF font is a subset of, by its PostScript name (ABCDEF+BousungEG-Light-GB), if any. */
	public static java.util.Optional<PdfFace> ofPdfFont(String pdfName) {
		var name = pdfName.substring(pdfName.indexOf('+') + 1);
		return Arrays.stream(values()).filter(face -> {
			try {
				return name.equals(face.font().getName());
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the embedded font " + face.resource, e);
			}
		}).findFirst();
	}

	/** Whether any face prints the character. */
	static boolean printable(int codePoint) {
		return Arrays.stream(values()).anyMatch(face -> face.covers(codePoint));
	}

	private boolean covers(int codePoint) {
		try {
			var cmap = font().getUnicodeCmapLookup();
			return cmap != null && cmap.getGlyphId(codePoint) > 0;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the embedded font " + resource, e);
		}
	}

	private TrueTypeFont load() {
		var url = PdfFace.class.getResource(resource);
		if (url == null) {
			throw new IllegalStateException("font missing from the bundle: " + resource);
		}
		try {
			var connection = url.openConnection();
			try (InputStream in = connection.getInputStream()) {
				if (faceInCollection == null) {
					// read at its size: the parser makes a copy of its own, and every megabyte allocated on the
					// way is fresh memory the system has to hand over, a third of the time a face takes
					return new TTFParser().parse(new RandomAccessReadBuffer(bytes(in, connection.getContentLengthLong())));
				}
				// the collection stays open: PDFBox reads glyphs from it whenever it embeds a subset
				var face = new TrueTypeCollection(in).getFontByName(faceInCollection);
				if (face == null) {
					throw new IllegalStateException("font " + faceInCollection + " missing from " + resource);
				}
				return face;
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the embedded font " + resource, e);
		}
	}

	private static byte[] bytes(InputStream in, long size) throws IOException {
		if (size <= 0 || size > Integer.MAX_VALUE - 8) {
			return in.readAllBytes();
		}
		var bytes = new byte[(int) size];
		int read = in.readNBytes(bytes, 0, bytes.length);
		if (read != bytes.length || in.read() != -1) {
			throw new IOException("the font is not " + size + " bytes long");
		}
		return bytes;
	}
}
