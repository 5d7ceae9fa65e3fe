package org.govreport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Help whose option descriptions wrap where Chinese text may be broken: at a space or after a Chinese
 * punctuation mark, never inside a word. picocli breaks lines where Java's line BreakIterator allows,
 * which is between any two Chinese characters, so a list of 层级 broke inside 县级政府 (县级政 / 府) and a
 * reader could not copy the value. Only a word wider than the whole column is cut.
 */
final class HelpLineBreaks implements IHelpFactory {
	/** The description column: picocli's fifth, after the short option, separator, long option and its label. */
	private static final int DESCRIPTION = 4;
	/** picocli indents a description's wrapped lines by two. */
	private static final String CONTINUED = "  ";
	/** A run of text and the break opportunity after it: spaces, or one Chinese punctuation mark. */
	private static final Pattern PIECE = Pattern.compile(".*?(?: +|[，、。；：！？）」』]|$)");

	@Override
	public Help create(CommandSpec commandSpec, ColorScheme colorScheme) {
		return new Help(commandSpec, colorScheme) {
			@Override
			public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
				Layout standard = super.createDefaultLayout(options, positionals, scheme);
				var column = standard.textTable().columns()[DESCRIPTION];
				int width = column.width - column.indent - CONTINUED.length();
				return new Layout(scheme, standard.textTable(), createDefaultOptionRenderer(), createDefaultParameterRenderer()) {
					@Override
					public void layout(ArgSpec argSpec, Text[][] cellValues) {
						super.layout(argSpec, rewrapped(cellValues, width, scheme));
					}
				};
			}
		};
	}

	/** The rows with each description that is too wide split into rows of lines that fit. */
	static Text[][] rewrapped(Text[][] rows, int width, ColorScheme scheme) {
		List<Text[]> result = new ArrayList<>();
		for (Text[] row : rows) {
			List<String> lines = lines(row[DESCRIPTION].plainString(), width, scheme);
			for (int i = 0; i < lines.size(); i++) {
				Text[] line = i == 0 ? row.clone() : emptyRow(row.length, scheme);
				line[DESCRIPTION] = i == 0 && lines.size() == 1 ? row[DESCRIPTION] : scheme.text((i == 0 ? "" : CONTINUED) + lines.get(i));
				result.add(line);
			}
		}
		return result.toArray(Text[][]::new);
	}

	/** The text as lines no wider than the width (a Chinese character is two columns wide), broken between pieces. */
	static List<String> lines(String text, int width, ColorScheme scheme) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		Matcher piece = PIECE.matcher(text);
		while (piece.find() && piece.end() > piece.start()) {
			String next = piece.group();
			if (line.length() > 0 && columns(line + next.stripTrailing(), scheme) > width) {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
			}
			line.append(next);
			while (columns(line.toString().stripTrailing(), scheme) > width) {
				int cut = cut(line.toString(), width, scheme);
				lines.add(line.substring(0, cut));
				line.delete(0, cut);
			}
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString().stripTrailing());
		}
		return lines;
	}

	/** Where a word wider than a line is cut: after as many characters as fill the line. */
	private static int cut(String word, int width, ColorScheme scheme) {
		int end = 1;
		while (end < word.length() && columns(word.substring(0, end + 1), scheme) <= width) {
			end++;
		}
		return end;
	}

	private static int columns(String text, ColorScheme scheme) {
		return scheme.text(text).getCJKAdjustedLength();
	}

	private static Text[] emptyRow(int length, ColorScheme scheme) {
		Text[] row = new Text[length];
		for (int i = 0; i < length; i++) {
			row[i] = scheme.text("");
		}
		return row;
	}
}
