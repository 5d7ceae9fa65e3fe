package org.govreport.dsl.template;

import java.util.List;

import org.govreport.dsl.template.CrossYearRule.YearTerm;

/** 国办公开办函〔2021〕30号: reports for 2021 onwards. */
public final class Template2021v30 {
	public static final String ID = "2021-30";

	private Template2021v30() {
	}

	public static TemplateDescription create() {
		var decisions = List.of(ColumnSpec.count("decisions", "本年处理决定数量", "处理决定"));
		var tables = List.of(
				SharedParts.clauseTable("一", 1,
						List.of(ColumnSpec.count("made", "本年制发件数", "制发"), ColumnSpec.count("repealed", "本年废止件数", "废止"),
								ColumnSpec.count("valid", "现行有效件数", "现行有效", "现行有效件")),
						RowSpec.of("rules", "规章").onlyWithRuleMakingPower(), RowSpec.of("normative", "行政规范性文件")),
				SharedParts.clauseTable("五", 5, decisions, RowSpec.of("licensing", "行政许可")),
				SharedParts.clauseTable("六", 6, decisions, RowSpec.of("penalty", "行政处罚"), RowSpec.of("enforcement", "行政强制")),
				SharedParts.clauseTable("八", 8,
						List.of(ColumnSpec.amount("feeAmount", "本年收费金额（单位：万元）", SharedParts.DOCUMENT_UNIT, "本年收费金额", "收费金额")),
						RowSpec.of("fees", "行政事业性收费")));
		var sections = SharedParts.sections(tables, SharedParts.splitOtherHandlingRows());
		return new TemplateDescription(ID, "国办公开办函〔2021〕30号", "中华人民共和国政府信息公开工作年度报告格式", 2021, sections,
				SharedParts.balanceRules(sections), List.of(SharedParts.carriedApplications(),
						new CrossYearRule("R7", "art20.1", Scope.PER_ROW, "valid", List.of(YearTerm.lastYear("valid"),
								YearTerm.thisYear("made", 1), YearTerm.thisYear("repealed", -1)))),
				List.of(), SharedParts.proseFigures(sections));
	}
}
