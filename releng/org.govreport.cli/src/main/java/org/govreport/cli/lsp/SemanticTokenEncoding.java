package org.govreport.cli.lsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.govreport.dsl.ide.highlighting.HighlightStyle;
import org.govreport.dsl.ide.highlighting.HighlightedSpan;

/**
 * The Eclipse colouring as LSP semantic tokens: one token type per {@link HighlightStyle}, named by its id
 * (the legend), in the protocol's relative encoding. A span over several lines (a prose block) becomes a
 * token per line, since clients need not take tokens that cross a line end. Columns count UTF-16 units,
 * as Java strings do.
 */
final class SemanticTokenEncoding {
	static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(
			Arrays.stream(HighlightStyle.values()).map(HighlightStyle::id).toList(), List.of());

	private SemanticTokenEncoding() {
	}

	static SemanticTokens encode(String text, List<HighlightedSpan> spans) {
		int[] lineStarts = lineStarts(text);
		List<Integer> data = new ArrayList<>();
		int previousLine = 0;
		int previousStart = 0;
		int previousEnd = 0;
		for (HighlightedSpan span : spans) {
			int end = Math.min(text.length(), span.offset() + span.length());
			int offset = span.offset();
			while (offset < end) {
				int line = lineOf(lineStarts, offset);
				int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
				int pieceEnd = Math.min(end, lineEnd);
				if (pieceEnd > offset && text.charAt(pieceEnd - 1) == '\r') {
					pieceEnd--;
				}
				int start = offset - lineStarts[line];
				// Tokens may not overlap: a span inside one already given (none is expected) is left out.
				boolean overlaps = line == previousLine && start < previousEnd && !data.isEmpty();
				if (pieceEnd > offset && !overlaps) {
					data.add(line - previousLine);
					data.add(line == previousLine ? start - previousStart : start);
					data.add(pieceEnd - offset);
					data.add(span.style().ordinal());
					data.add(0);
					previousLine = line;
					previousStart = start;
					previousEnd = start + pieceEnd - offset;
				}
				offset = lineEnd + 1;
			}
		}
		return new SemanticTokens(data);
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int lineOf(int[] lineStarts, int offset) {
		int found = Arrays.binarySearch(lineStarts, offset);
		return found >= 0 ? found : -found - 2;
	}
}
