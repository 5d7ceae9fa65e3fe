package org.govreport.dsl.ide.highlighting;

/**
 * The kinds of text a report is coloured by. The ids are what the language server reports and what
 * the Eclipse editor maps to colours.
 */
public enum HighlightStyle {
	KEYWORD("keyword"), SECTION("section"), HEADING("heading"), LABEL("label"), COLUMN("column"), NUMBER("number"),
	UNIT("unit"), WORD("word"), PROSE("prose"), COMMENT("comment"),
	/** A sub-heading written outside the prose quotes: （一）主动公开情况, 一是加强组织领导. */
	SUB_HEADING("subHeading"),
	/** A total written as its rule computes it. */
	TOTAL("total"),
	/** A total written differently from what its rule computes. */
	WRONG_TOTAL("wrongTotal");

	private final String id;

	HighlightStyle(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}
}
