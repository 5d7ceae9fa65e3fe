package org.govreport.dsl.parsing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in Chinese, each saying what was found and what a report line may hold there, instead of
 * ANTLR's "no viable alternative at input". The grammar is line-oriented, so what is expected is nearly
 * always the rest of a line of one of four kinds, or its end.
 */
public class ChineseSyntaxErrors extends SyntaxErrorMessageProvider {
	private static final Pattern LEXER_CHARACTER = Pattern.compile("at character '(.*)'$", Pattern.DOTALL);
	private static final int FOUND_MAX = 20;
	private static final String LINE_KINDS = "一行写一项：字段（机关：名称）、标题、表格行（标签 | 数字 | …）或 \"\"\" 包住的正文";
	private static final Map<String, String> TOKENS = Map.of(
			"RULE_NL", "换行",
			"RULE_CELL_SEPARATOR", "分隔符“|”",
			"RULE_LABEL", "文字",
			"RULE_INTEGER", "整数",
			"RULE_DECIMAL", "小数",
			"RULE_PROSE_BLOCK", "正文 \"\"\"…\"\"\"",
			"EOF", "文件结尾");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String message = context.getDefaultMessage() == null ? "" : context.getDefaultMessage();
		if (message.startsWith("mismatched character '<EOF>' expecting '\"'")) {
			return syntaxError("正文的 \"\"\" 直到文件末尾都没有结尾的 \"\"\"：请在正文结束处补上 \"\"\"");
		}
		Matcher character = LEXER_CHARACTER.matcher(message);
		if (character.find()) {
			return syntaxError("无法识别的字符“" + character.group(1) + "”。" + LINE_KINDS);
		}
		RecognitionException exception = context.getRecognitionException();
		String found = found(exception);
		String expected = exception instanceof MismatchedTokenException mismatch ? expected(mismatch.expecting, context)
				: "换行";
		return syntaxError("此处不能有“" + found + "”，应为" + expected + "。" + LINE_KINDS);
	}

	private static String found(RecognitionException exception) {
		Token token = exception == null ? null : exception.token;
		if (token == null || token.getType() == Token.EOF) {
			return "文件结尾";
		}
		String text = token.getText();
		return text == null || text.isBlank() ? "换行" : shortened(text.strip());
	}

	/** A token can be long (a prose block left open runs to the end of the file): its first line, cut short. */
	private static String shortened(String text) {
		String line = text.lines().findFirst().orElse("").strip();
		boolean cut = line.length() > FOUND_MAX || line.length() < text.length();
		return cut ? line.substring(0, Math.min(line.length(), FOUND_MAX)) + "…" : line;
	}

	private static String expected(int tokenType, IParserErrorContext context) {
		String[] names = context.getTokenNames();
		if (tokenType == Token.EOF) {
			return TOKENS.get("EOF");
		}
		String name = names != null && tokenType >= 0 && tokenType < names.length ? names[tokenType] : "";
		return TOKENS.getOrDefault(name, name.startsWith("'") ? "“" + name.replace("'", "") + "”" : "换行");
	}

	private static SyntaxErrorMessage syntaxError(String message) {
		return new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC);
	}
}
