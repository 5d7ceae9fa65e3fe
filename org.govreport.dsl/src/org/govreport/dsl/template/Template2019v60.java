package org.govreport.dsl.template;

import java.util.List;

import org.govreport.dsl.template.CrossYearRule.YearTerm;

/** 国办公开办函〔2019〕60号: reports for 2019 and 2020. */
public final class Template2019v60 {
	public static final String ID = "2019-60";

	private Template2019v60() {
	}

	public static TemplateDescription create() {
		var itemColumns = List.of(ColumnSpec.count("prevItems", "上一年项目数量", "上一年"),
				ColumnSpec.delta("delta", "本年增/减", "增/减", "增减"));
		var itemAndDecisionColumns = SharedParts.concat(itemColumns,
				List.of(ColumnSpec.count("decisions", "处理决定数量", "处理决定")));
		var tables = List.of(
				SharedParts.clauseTable("一", 1,
						List.of(ColumnSpec.count("newMade", "本年新制作数量", "新制作"),
								ColumnSpec.count("newPublished", "本年新公开数量", "新公开"),
								ColumnSpec.count("totalPublished", "对外公开总数量", "公开总数量")),
						RowSpec.of("rules", "规章").onlyWithRuleMakingPower(), RowSpec.of("normative", "规范性文件")),
				SharedParts.clauseTable("五", 5, itemAndDecisionColumns, RowSpec.of("licensing", "行政许可"),
						RowSpec.of("otherServices", "其他对外管理服务事项")),
				SharedParts.clauseTable("六", 6, itemAndDecisionColumns, RowSpec.of("penalty", "行政处罚"),
						RowSpec.of("enforcement", "行政强制")),
				SharedParts.clauseTable("八", 8, itemColumns, RowSpec.of("fees", "行政事业性收费")),
				SharedParts.clauseTable("九", 9,
						List.of(ColumnSpec.count("purchases", "采购项目数量", "项目数量"),
								ColumnSpec.amount("purchaseAmount", "采购总金额", SharedParts.DOCUMENT_UNIT, "金额")),
						RowSpec.of("purchasing", "政府集中采购")));
		var sections = SharedParts.sections(tables, SharedParts.singleOtherHandlingRow());
		return new TemplateDescription(ID, "国办公开办函〔2019〕60号", "中华人民共和国政府信息公开工作年度报告格式（试行）", 2019,
				sections, SharedParts.balanceRules(sections), crossYearRules(),
				List.of(new Inequality("R10", "art20.1", Scope.PER_ROW, "newPublished", "newMade"),
						new Inequality("R10", "art20.1", Scope.PER_ROW, "newPublished", "totalPublished")),
				SharedParts.proseFigures(sections));
	}

	/** R9: this year's 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减. */
	private static List<CrossYearRule> crossYearRules() {
		var itemsCarried = List.of(YearTerm.lastYear("prevItems"), YearTerm.lastYear("delta"));
		return List.of(SharedParts.carriedApplications(),
				new CrossYearRule("R9", "art20.5", Scope.PER_ROW, "prevItems", itemsCarried),
				new CrossYearRule("R9", "art20.6", Scope.PER_ROW, "prevItems", itemsCarried),
				new CrossYearRule("R9", "art20.8", Scope.PER_ROW, "prevItems", itemsCarried));
	}
}
