package org.govreport.dsl.generator.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph's glyphs into lines of a width, as Chinese is set: between any two characters, but a
 * closing mark (，。、）…) never starts a line and an opening one (（《“…) never ends one; a run of Latin
 * letters and digits (a year, a URL) breaks only at a space, or anywhere when it is wider than the line.
 */
final class LineBreaker {
	private static final String CLOSING = "，。、；：？！）》」』”’〕】〉…—·%,.;:?!)]}";
	private static final String OPENING = "（《「『“‘〔【〈([{";

	/** A line and whether it ends its paragraph (such a line is not justified). */
	record Line(List<PrintedGlyph> glyphs, float width, boolean last) {
	}

	private LineBreaker() {
	}

	/**
	 * @param firstIndent how far the first line starts in, in points
	 */
	static List<Line> lines(List<PrintedGlyph> glyphs, float width, float firstIndent) {
		var lines = new ArrayList<Line>();
		var line = new ArrayList<PrintedGlyph>();
		float used = 0;
		float room = width - firstIndent;
		for (List<PrintedGlyph> unit : units(glyphs)) {
			float unitWidth = width(unit);
			// a piece wider than a whole line (a long web address) starts where the line has got to, and
			// breaks wherever the line is full: moved whole to a line of its own, it would leave a gap
			boolean wider = unitWidth > width + 0.01f;
			if (!wider && !line.isEmpty() && used + unitWidth > room + 0.01f) {
				lines.add(finished(line, false));
				line = new ArrayList<>();
				used = 0;
				room = width;
			}
			if (line.isEmpty() && unit.size() == 1 && unit.get(0).isSpace()) {
				continue;
			}
			if (wider || unitWidth > room + 0.01f) {
				for (PrintedGlyph glyph : unit) {
					if (!line.isEmpty() && used + glyph.width() > room + 0.01f) {
						lines.add(finished(line, false));
						line = new ArrayList<>();
						used = 0;
						room = width;
					}
					line.add(glyph);
					used += glyph.width();
				}
				continue;
			}
			line.addAll(unit);
			used += unitWidth;
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(finished(line, true));
		}
		return lines;
	}

	private static Line finished(List<PrintedGlyph> line, boolean last) {
		while (!line.isEmpty() && line.get(line.size() - 1).isSpace()) {
			line.remove(line.size() - 1);
		}
		return new Line(List.copyOf(line), width(line), last);
	}

	/** The pieces no line break falls inside. */
	private static List<List<PrintedGlyph>> units(List<PrintedGlyph> glyphs) {
		var units = new ArrayList<List<PrintedGlyph>>();
		List<PrintedGlyph> unit = null;
		boolean openBefore = false;
		for (PrintedGlyph glyph : glyphs) {
			int c = glyph.codePoint();
			boolean joinsBefore = unit != null && (openBefore || CLOSING.indexOf(c) >= 0 && !glyph.isSpace()
					|| isWordCharacter(c) && isWordCharacter(unit.get(unit.size() - 1).codePoint()));
			if (!joinsBefore) {
				unit = new ArrayList<>();
				units.add(unit);
			}
			unit.add(glyph);
			openBefore = OPENING.indexOf(c) >= 0;
		}
		return units;
	}

	/** Letters, digits and the marks inside Latin words and figures (2,040.5, e-mail, www.gov.cn). */
	private static boolean isWordCharacter(int c) {
		return c < 0x2E80 && Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '/' || c == '_' || c == '@'
				|| c == ':' || c == '%';
	}

	static float width(List<PrintedGlyph> glyphs) {
		float width = 0;
		for (PrintedGlyph glyph : glyphs) {
			width += glyph.width();
		}
		return width;
	}
}
