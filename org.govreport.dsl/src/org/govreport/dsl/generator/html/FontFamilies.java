package org.govreport.dsl.generator.html;

/**
 * The CSS font-family lists of the page, one per role of the customary type of official documents
 * (GB/T 9704): title in 小标宋, section headings and table titles in 黑体, body in 仿宋, (一) sub-headings
 * in 楷体, page numbers in 宋体, figures in the tables.
 */
public record FontFamilies(String title, String heading, String body, String subHeading, String figures,
		String pageNumber) {

	/** For a reader's browser: the families a Chinese office machine has, then generic ones. */
	public static final FontFamilies CUSTOMARY = new FontFamilies(
			"\"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"STSong\", \"SimSun\", \"宋体\", serif",
			"\"黑体\", \"SimHei\", \"Heiti SC\", \"STHeiti\", sans-serif",
			"\"仿宋_GB2312\", \"FangSong_GB2312\", \"仿宋\", \"FangSong\", \"STFangsong\", serif",
			"\"楷体_GB2312\", \"KaiTi_GB2312\", \"楷体\", \"KaiTi\", \"STKaiti\", serif",
			"\"Times New Roman\", \"Liberation Serif\", serif",
			"\"宋体\", \"SimSun\", serif");
}
