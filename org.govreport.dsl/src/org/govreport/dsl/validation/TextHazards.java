package org.govreport.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.govreport.dsl.diagnostic.Diagnostic;
import org.govreport.dsl.diagnostic.IssueCodes;
import org.govreport.dsl.parsing.source.SourceRange;

/**
 * What a reader cannot see in the text but the parser acts on: invisible characters inside a label or
 * value (行政\u200B许可 is no row of the template, and looks exactly like one), and a {@code #} glued to a
 * value, which starts a comment (机关：某镇#一号 is read as 某镇); and a prose block left open, said where it
 * opens.
 */
final class TextHazards {
	private static final Map<Character, String> INVISIBLE = Map.of(
			'\u200B', "零宽空格", '\u200C', "零宽不连字", '\u200D', "零宽连字", '\u2060', "零宽不换行空格",
			'\uFEFF', "零宽不换行空格（BOM）", '\u00AD', "软连字符");

	private static final String PROSE_QUOTES = "\"\"\"";
	private static final String PROSE_BLOCK = "PROSE_BLOCK";

	private TextHazards() {
	}

	static List<Diagnostic> find(ICompositeNode root) {
		List<Diagnostic> found = new ArrayList<>();
		// rare: only a text that holds one has its leaves' text read for them
		String text = root.getText();
		boolean anyInvisible = INVISIBLE.keySet().stream().anyMatch(invisible -> text.indexOf(invisible) >= 0);
		ILeafNode previous = null;
		for (ILeafNode leaf : root.getLeafNodes()) {
			String rule = ruleName(leaf);
			if (anyInvisible && !leaf.isHidden() && !PROSE_BLOCK.equals(rule)) {
				invisible(root, leaf, found);
			}
			if (PROSE_BLOCK.equals(rule) && isUnclosedProse(leaf.getText())) {
				found.add(Diagnostic.error(IssueCodes.PROSE_UNCLOSED, "此处的 \"\"\" 没有结尾的 \"\"\"：其后直到文件末尾都被当作正文；"
						+ "请在正文结束处补上 \"\"\"", range(root, leaf.getOffset(), PROSE_QUOTES.length())));
			}
			if ("COMMENT".equals(rule) && previous != null && !previous.isHidden() && !previous.getText().isBlank()
					&& previous.getEndOffset() == leaf.getOffset()) {
				found.add(Diagnostic.warning(IssueCodes.TEXT_GLUED_COMMENT, "“" + leaf.getText().strip() + "”紧跟在“"
						+ previous.getText() + "”之后，从 # 起是注释，不算内容；是内容请写全角“＃”，是注释请在 # 前空一格",
						range(root, leaf.getOffset(), leaf.getLength())));
			}
			previous = leaf;
		}
		return found;
	}

	private static boolean isUnclosedProse(String block) {
		return block.length() < 2 * PROSE_QUOTES.length() || !block.endsWith(PROSE_QUOTES);
	}

	private static void invisible(ICompositeNode root, ILeafNode leaf, List<Diagnostic> found) {
		String text = leaf.getText();
		for (int i = 0; i < text.length(); i++) {
			String name = INVISIBLE.get(text.charAt(i));
			if (name != null) {
				found.add(Diagnostic.warning(IssueCodes.TEXT_INVISIBLE, "“" + text.strip() + "”含不可见字符 U+"
						+ String.format("%04X", (int) text.charAt(i)) + "（" + name + "），请删去",
						range(root, leaf.getOffset() + i, 1)));
			}
		}
	}

	/** The terminal or rule a leaf was read by, null when none. */
	private static String ruleName(ILeafNode leaf) {
		Object element = leaf.getGrammarElement();
		AbstractRule rule = element instanceof RuleCall call ? call.getRule() : element instanceof AbstractRule own ? own : null;
		return rule == null ? null : rule.getName();
	}

	private static SourceRange range(ICompositeNode root, int offset, int length) {
		LineAndColumn position = NodeModelUtils.getLineAndColumn(root, offset);
		return new SourceRange(offset, length, position.getLine(), position.getColumn());
	}
}
