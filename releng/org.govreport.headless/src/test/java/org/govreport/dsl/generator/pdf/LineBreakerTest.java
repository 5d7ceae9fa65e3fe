package org.govreport.dsl.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Where the PDF breaks a paragraph into lines, at every width from two characters to a page. */
class LineBreakerTest {
	private static final float POINTS = 16;
	private static final String PROSE = "2020年，本机关共收到政府信息公开申请1234件（其中网上申请56件），“一网通办”办结率为99.5%。"
			+ "详见门户网站www.example.gov.cn/xxgk栏目、《政府信息公开指南》及附件《申请表》。";

	private final GlyphSetter setter = new GlyphSetter();

	@Test
	void noCharacterIsLostOrAddedAndEveryLineFits() {
		var glyphs = setter.glyphs(PROSE, PdfFace.SONG, POINTS);
		for (float width = 2 * POINTS; width <= 28 * POINTS; width += 3.7f) {
			var lines = LineBreaker.lines(glyphs, width, 2 * POINTS);
			assertEquals(PROSE, lines.stream().map(LineBreakerTest::text).collect(Collectors.joining()), "at " + width);
			for (int i = 0; i < lines.size(); i++) {
				float room = width - (i == 0 ? 2 * POINTS : 0);
				assertTrue(lines.get(i).width() <= room + 0.01f || lines.get(i).glyphs().size() == 1,
						"at " + width + ": " + text(lines.get(i)));
				assertEquals(i == lines.size() - 1, lines.get(i).last());
			}
		}
	}

	@Test
	void aClosingMarkNeverStartsALineNorAnOpeningMarkEndsOne() {
		var glyphs = setter.glyphs(PROSE, PdfFace.SONG, POINTS);
		for (float width = 4 * POINTS; width <= 28 * POINTS; width += 1.3f) {
			var lines = LineBreaker.lines(glyphs, width, 2 * POINTS);
			for (var line : lines) {
				var text = text(line);
				assertFalse("，。、）》”％%".indexOf(text.charAt(0)) >= 0, "at " + width + " a line starts: " + text);
				assertFalse("（《“".indexOf(text.charAt(text.length() - 1)) >= 0, "at " + width + " a line ends: " + text);
			}
		}
	}

	@Test
	void aFigureOrAddressIsKeptWholeWhenItFitsOnALine() {
		var glyphs = setter.glyphs(PROSE, PdfFace.SONG, POINTS);
		for (float width = 12 * POINTS; width <= 28 * POINTS; width += 2.1f) {
			var lines = LineBreaker.lines(glyphs, width, 2 * POINTS).stream().map(LineBreakerTest::text).toList();
			for (String word : List.of("2020", "1234", "99.5%", "www.example.gov.cn/xxgk")) {
				assertTrue(lines.stream().anyMatch(line -> line.contains(word)), "at " + width + " " + word + " broken: " + lines);
			}
		}
	}

	@Test
	void aWordWiderThanTheLineBreaksWhereTheLineIsFull() {
		var url = "https://www.example.gov.cn/zwgk/xxgkml/2020/ndbg/index.html";
		var lines = LineBreaker.lines(setter.glyphs("见" + url, PdfFace.SONG, POINTS), 10 * POINTS, 0);
		assertTrue(lines.size() > 2, lines.toString());
		assertEquals("见" + url, lines.stream().map(LineBreakerTest::text).collect(Collectors.joining()));
		lines.forEach(line -> assertTrue(line.width() <= 10 * POINTS + 0.01f, text(line)));
		// the address starts on the first line, which it fills, rather than leaving it with one character
		assertTrue(text(lines.get(0)).startsWith("见https"), text(lines.get(0)));
		assertTrue(lines.get(0).width() > 9 * POINTS, text(lines.get(0)));
	}

	@Test
	void spacesBetweenWordsPrintOnceAndNeverAtTheEndsOfALine() {
		var text = "Open   Government\tInformation\n Regulations of the People's Republic of China ";
		var glyphs = setter.glyphs(text, PdfFace.SONG, POINTS);
		assertEquals("Open Government Information Regulations of the People's Republic of China",
				glyphs.stream().map(glyph -> Character.toString(glyph.codePoint())).collect(Collectors.joining()));
		for (float width = 6 * POINTS; width <= 20 * POINTS; width += 1.9f) {
			for (var line : LineBreaker.lines(glyphs, width, 0)) {
				var printed = text(line);
				assertEquals(printed.strip(), printed, "at " + width);
			}
		}
	}

	@Test
	void aCharacterNoFaceHasPrintsAsAHash() {
		var glyphs = setter.glyphs("甲\uD83D\uDE00乙", PdfFace.SONG, POINTS);
		assertEquals("甲#乙", glyphs.stream().map(glyph -> Character.toString(glyph.codePoint())).collect(Collectors.joining()));
	}

	private static String text(LineBreaker.Line line) {
		return line.glyphs().stream().map(glyph -> Character.toString(glyph.codePoint())).collect(Collectors.joining());
	}
}
