package org.govreport.cli.lsp;

import static org.govreport.headless.ExampleReports.edit;
import static org.govreport.headless.ExampleReports.jiangcheng2020;

/** The reports the language server tests open: the 江城镇 example, and the same with one balance broken. */
final class EditedReports {
	static final String CLEAN = jiangcheng2020();
	/** 一 自然人 written 1: R1 breaks on line 30, column 20 (29 and 19 counted from 0). */
	static final String UNBALANCED = edit(CLEAN, "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
			"一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0");

	private EditedReports() {
	}
}
