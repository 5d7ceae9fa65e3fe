package org.govreport.dsl.parsing;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.govreport.dsl.parser.antlr.GovReportParser;

/**
 * The parser, reading a lone carriage return (old Mac line ends, or a file cut between the two halves
 * of a Windows line end) as the line end it is. Left as it was, it is a syntax error at a place Xtext
 * cannot compute a line for: the validator then throws while converting that error, logs it, and
 * reports nothing at all, so a broken file checked clean (found by the parser fuzz test). The
 * replacement keeps every offset, so ranges still point into the user's text.
 */
public class LineEndNormalisingParser extends GovReportParser {

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder,
			int initialLookAhead) {
		String text = in.size() == 0 ? "" : in.substring(0, in.size() - 1);
		return super.doParse(ruleName, new ANTLRStringStream(withoutLoneCarriageReturns(text)), nodeModelBuilder,
				initialLookAhead);
	}

	static String withoutLoneCarriageReturns(String text) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
				chars[i] = '\n';
			}
		}
		return new String(chars);
	}
}
