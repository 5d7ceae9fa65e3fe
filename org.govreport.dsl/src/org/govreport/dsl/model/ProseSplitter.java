package org.govreport.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreport.dsl.parsing.source.SourceRange;
import org.govreport.dsl.parsing.source.SourceText;

/** Cuts a prose block into paragraphs, one a line, and recognises sub-headings such as （一）主动公开情况. */
final class ProseSplitter {
	/** A short line that starts with a numbering and does not end a sentence reads as a sub-heading. */
	private static final Pattern SUB_HEADING = Pattern.compile(
			"^(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d+[.、．])\\s*[^。；;]{1,40}$");

	private ProseSplitter() {
	}

	static List<Paragraph> split(SourceText prose) {
		var paragraphs = new ArrayList<Paragraph>();
		var text = prose.text();
		var range = prose.range();
		int line = range.line();
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				var raw = text.substring(lineStart, i);
				var content = raw.strip();
				if (!content.isEmpty()) {
					int start = lineStart + raw.indexOf(content.charAt(0));
					int column = line == range.line() ? range.column() + start : start - lineStart + 1;
					paragraphs.add(new Paragraph(content,
							new SourceRange(range.offset() + start, content.length(), line, column),
							SUB_HEADING.matcher(content).matches()));
				}
				line++;
				lineStart = i + 1;
			}
		}
		return paragraphs;
	}
}
