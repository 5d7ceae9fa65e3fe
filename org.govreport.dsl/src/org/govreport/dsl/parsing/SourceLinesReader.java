package org.govreport.dsl.parsing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.govreport.dsl.govReport.Element;
import org.govreport.dsl.govReport.Field;
import org.govreport.dsl.govReport.GovReportPackage.Literals;
import org.govreport.dsl.govReport.Heading;
import org.govreport.dsl.govReport.Prose;
import org.govreport.dsl.govReport.Report;
import org.govreport.dsl.govReport.TableLine;
import org.govreport.dsl.parsing.source.SourceCell;
import org.govreport.dsl.parsing.source.SourceLine;
import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.source.SourceText;

/**
 * Turns the Xtext parse tree into {@link SourceLine}s: the text and exact place of every header value,
 * heading, prose block, label and cell. Past this point nothing depends on Xtext.
 */
public final class SourceLinesReader {

	private static final String PROSE_QUOTES = "\"\"\"";
	private static final String CELL_SEPARATOR_RULE = "CELL_SEPARATOR";

	private SourceLinesReader() {
	}

	public static List<SourceLine> read(Report report) {
		List<SourceLine> lines = new ArrayList<>();
		for (Element element : report.getElements()) {
			SourceLine line = toLine(element);
			if (line != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static SourceLine toLine(Element element) {
		INode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return null;
		}
		SourceRange range = range(node);
		if (element instanceof Field field) {
			return new SourceLine.FieldLine(text(field, Literals.FIELD__KEY), text(field, Literals.FIELD__VALUE),
					range);
		}
		if (element instanceof Heading heading) {
			return new SourceLine.HeadingLine(text(heading, Literals.HEADING__TEXT), range);
		}
		if (element instanceof Prose) {
			return proseLine(node, range);
		}
		if (element instanceof TableLine table) {
			return new SourceLine.TableLine(text(table, Literals.TABLE_LINE__LABEL), cells(node), range);
		}
		return null;
	}

	private static SourceLine proseLine(INode node, SourceRange range) {
		String block = NodeModelUtils.getTokenText(node);
		boolean closed = block.length() >= 2 * PROSE_QUOTES.length() && block.endsWith(PROSE_QUOTES);
		String content = block.substring(PROSE_QUOTES.length(),
				closed ? block.length() - PROSE_QUOTES.length() : block.length());
		int contentOffset = node.getOffset() + PROSE_QUOTES.length();
		return new SourceLine.ProseLine(new SourceText(content, range(node, contentOffset, content.length())), range);
	}

	/**
	 * Cells are found between the separators of the line's own tokens, so that an empty cell still has a
	 * place to point at.
	 */
	private static List<SourceCell> cells(INode lineNode) {
		List<SourceCell> cells = new ArrayList<>();
		List<ILeafNode> current = null;
		int separatorEnd = 0;
		for (ILeafNode leaf : lineNode.getLeafNodes()) {
			if (isSeparator(leaf)) {
				if (current != null) {
					cells.add(cell(lineNode, current, separatorEnd));
				}
				current = new ArrayList<>();
				separatorEnd = leaf.getEndOffset();
			} else if (current != null && !leaf.isHidden()) {
				current.add(leaf);
			}
		}
		if (current != null) {
			cells.add(cell(lineNode, current, separatorEnd));
		}
		return cells;
	}

	/** A number, a number followed by words (its unit), or else all of the cell's text as one word. */
	private static SourceCell cell(INode lineNode, List<ILeafNode> leaves, int separatorEnd) {
		if (leaves.isEmpty()) {
			return new SourceCell(range(lineNode, separatorEnd, 0), null, null, null);
		}
		SourceText whole = span(lineNode, leaves);
		boolean numberFirst = isNumber(leaves.get(0));
		boolean numberLater = leaves.stream().skip(1).anyMatch(SourceLinesReader::isNumber);
		if (!numberFirst || numberLater) {
			return new SourceCell(whole.range(), null, null, whole);
		}
		SourceText number = span(lineNode, leaves.subList(0, 1));
		SourceText unit = leaves.size() == 1 ? null : span(lineNode, leaves.subList(1, leaves.size()));
		return new SourceCell(whole.range(), number, unit, null);
	}

	private static SourceText span(INode lineNode, List<ILeafNode> leaves) {
		int offset = leaves.get(0).getOffset();
		int end = leaves.get(leaves.size() - 1).getEndOffset();
		String text = lineNode.getRootNode().getText().substring(offset, end);
		return new SourceText(text, range(lineNode, offset, end - offset));
	}

	private static boolean isNumber(ILeafNode leaf) {
		return isTerminal(leaf, "INTEGER") || isTerminal(leaf, "DECIMAL");
	}

	private static boolean isSeparator(ILeafNode leaf) {
		return isTerminal(leaf, CELL_SEPARATOR_RULE);
	}

	private static boolean isTerminal(ILeafNode leaf, String ruleName) {
		return leaf.getGrammarElement() instanceof RuleCall call && ruleName.equals(call.getRule().getName());
	}

	private static SourceText text(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		// Each feature here is written once (one token or one datatype-rule call), so one node holds it.
		INode node = nodes.get(0);
		return new SourceText(NodeModelUtils.getTokenText(node), range(node));
	}

	private static SourceRange range(INode node) {
		return range(node, node.getOffset(), node.getLength());
	}

	private static SourceRange range(INode anyNodeOfTheFile, int offset, int length) {
		LineAndColumn position = NodeModelUtils.getLineAndColumn(anyNodeOfTheFile.getRootNode(), offset);
		return new SourceRange(offset, length, position.getLine(), position.getColumn());
	}
}
