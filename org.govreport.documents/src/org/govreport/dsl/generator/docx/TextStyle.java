package org.govreport.dsl.generator.docx;

import org.govreport.dsl.template.PrintLayout;

/**
 * The customary type of official documents: Chinese text in the East-Asian font, Latin letters and
 * figures in Times New Roman, sizes in points (二号 22, 三号 16, 五号 10.5, 小五 9).
 */
enum TextStyle {
	TITLE("方正小标宋简体", PrintLayout.TITLE_POINTS),
	HEADING("黑体", PrintLayout.BODY_POINTS),
	SUB_HEADING("楷体_GB2312", PrintLayout.BODY_POINTS),
	BODY("仿宋_GB2312", PrintLayout.BODY_POINTS),
	TABLE_TITLE("黑体", PrintLayout.TABLE_POINTS),
	TABLE("仿宋_GB2312", PrintLayout.TABLE_POINTS),
	WIDE_TABLE("仿宋_GB2312", PrintLayout.WIDE_TABLE_POINTS),
	/** 四号 宋体, as GB/T 9704 sets page numbers. */
	PAGE_NUMBER("宋体", PrintLayout.PAGE_NUMBER_POINTS);

	static final String LATIN = "Times New Roman";

	final String eastAsian;
	final double size;
	TextStyle(String eastAsian, double size) {
		this.eastAsian = eastAsian;
		this.size = size;
	}
}
