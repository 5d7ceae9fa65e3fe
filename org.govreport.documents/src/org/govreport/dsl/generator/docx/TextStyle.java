package org.govreport.dsl.generator.docx;

/**
 * The customary type of official documents: Chinese text in the East-Asian font, Latin letters and
 * figures in Times New Roman, sizes in points (二号 22, 三号 16, 五号 10.5, 小五 9).
 */
enum TextStyle {
	TITLE("方正小标宋简体", 22),
	HEADING("黑体", 16),
	SUB_HEADING("楷体_GB2312", 16),
	BODY("仿宋_GB2312", 16),
	TABLE_TITLE("黑体", 10.5),
	TABLE("仿宋_GB2312", 10.5),
	WIDE_TABLE("仿宋_GB2312", 9),
	/** 四号 宋体, as GB/T 9704 sets page numbers. */
	PAGE_NUMBER("宋体", 14);

	static final String LATIN = "Times New Roman";

	final String eastAsian;
	final double size;
	TextStyle(String eastAsian, double size) {
		this.eastAsian = eastAsian;
		this.size = size;
	}
}
