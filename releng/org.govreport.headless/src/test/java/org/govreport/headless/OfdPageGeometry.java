package org.govreport.headless;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.Element;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;

/**
 * One OFD page read back with ofdrw as geometry, in millimetres from the page's top left corner: the box
 * of each text object's characters, and the table rules its path objects draw, each a thin box, horizontal
 * or vertical.
 */
record OfdPageGeometry(List<OfdPageGeometry.Text> texts, List<OfdPageGeometry.Rule> rules) {
	/** Thinner than this (mm) and the path is a rule. */
	private static final double RULE = 0.6;

	/** Characters from {@code left} to {@code right}, their em boxes from {@code top} down to the baseline. */
	record Text(String content, double left, double right, double top, double baseline) {
	}

	record Rule(double left, double right, double top, double bottom) {
		boolean horizontal() {
			return right - left > bottom - top;
		}

		double y() {
			return (top + bottom) / 2;
		}

		double x() {
			return (left + right) / 2;
		}
	}

	static OfdPageGeometry of(OFDReader reader, int page) {
		var texts = new ArrayList<Text>();
		var rules = new ArrayList<Rule>();
		for (CT_Layer layer : reader.getPage(page).getContent().getLayers()) {
			for (var block : layer.getPageBlocks()) {
				if (block instanceof TextObject text) {
					texts.add(text(text));
				} else if (block instanceof PathObject path) {
					rules.addAll(rules(path));
				}
			}
		}
		return new OfdPageGeometry(texts, rules);
	}

	private static Text text(TextObject object) {
		var box = object.getBoundary();
		double size = object.getSize();
		var code = object.getTextCodes().get(0);
		var content = code.getContent();
		int count = content.codePointCount(0, content.length());
		double left = box.getTopLeftX() + code.getX();
		double baseline = box.getTopLeftY() + code.getY();
		double last = left + DeltaTool.getDelta(code.getDeltaX(), count).stream().limit(count - 1L).mapToDouble(Float::doubleValue).sum();
		int lastCharacter = content.codePointBefore(content.length());
		double width = lastCharacter < 0x2e80 ? 0.5 * size : size;
		return new Text(content, left, last + width, baseline - 0.88 * size, baseline);
	}

	/** Each polygon or polyline of the path whose bounds are thin one way: the rules of the tables. */
	private static List<Rule> rules(PathObject path) {
		var rules = new ArrayList<Rule>();
		var data = ((Element) path).elements().stream().filter(element -> element.getName().equals("AbbreviatedData"))
				.findFirst().map(Element::getText).orElse("");
		double half = path.getLineWidth() == null ? 0 : path.getLineWidth() / 2;
		for (String part : data.split("M ")) {
			var numbers = part.replaceAll("[LC]", " ").trim().split("\\s+");
			if (numbers.length < 2) {
				continue;
			}
			double left = Double.MAX_VALUE, right = -Double.MAX_VALUE, top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
			for (int i = 0; i + 1 < numbers.length; i += 2) {
				double x = Double.parseDouble(numbers[i]);
				double y = Double.parseDouble(numbers[i + 1]);
				left = Math.min(left, x - half);
				right = Math.max(right, x + half);
				top = Math.min(top, y - half);
				bottom = Math.max(bottom, y + half);
			}
			if (right - left < RULE || bottom - top < RULE) {
				rules.add(new Rule(left, right, top, bottom));
			}
		}
		return rules;
	}
}
