package org.govreport.dsl.ide.codeactions;

import java.util.List;

/** A fix or assist in plain values: a title for the menu and the text changes it makes. */
public record QuickFix(String title, List<TextChange> changes) {

	public static QuickFix replace(String title, int offset, int length, String text) {
		return new QuickFix(title, List.of(new TextChange(offset, length, text)));
	}
}
