package org.govreport.dsl.template;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.govreport.dsl.template.CrossYearRule.YearTerm;

/**
 * The parts both template versions share, built once and parameterised where they differ: the six
 * sections, table 三 (which differs only in （六）其他处理), table 四 and their rules.
 */
final class SharedParts {
	static final String APPLICATIONS = "applications";
	static final String APPEALS = "appeals";
	static final String CORNER_CONTENT = "信息内容";
	static final String DOCUMENT_UNIT = "万元";

	private static final String RESULTS_GROUP = "三、本年度办理结果";
	private static final List<String> APPLICANT_COLUMNS = List.of("natural", "business", "research", "charity",
			"legal", "otherOrg");
	private static final List<String> APPEAL_RESULT_COLUMNS = List.of("upheld", "corrected", "otherResult",
			"pending");
	private static final String TOTAL = "total";
	private static final List<String> LAWSUITS = List.of("suit", "suitAfterReview");
	private static final int FIGURE_WINDOW = 20;

	private SharedParts() {
	}

	/** The six sections around the version's own section-二 tables. */
	static List<SectionSpec> sections(List<TableSpec> proactiveTables, List<RowSpec> otherHandlingRows) {
		return List.of(
				new SectionSpec("一", 1, "总体情况", List.of(), SectionKind.PROSE, List.of()),
				new SectionSpec("二", 2, "主动公开政府信息情况", List.of(), SectionKind.TABLES, proactiveTables),
				new SectionSpec("三", 3, "收到和处理政府信息公开申请情况", List.of(), SectionKind.TABLES,
						List.of(applicationsTable(otherHandlingRows))),
				new SectionSpec("四", 4, "政府信息公开行政复议、行政诉讼情况",
						List.of("因政府信息公开工作被申请行政复议和提起行政诉讼情况", "政府信息公开行政复议行政诉讼情况"),
						SectionKind.TABLES, List.of(appealsTable())),
				new SectionSpec("五", 5, "存在的主要问题及改进情况", List.of("政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况"),
						SectionKind.PROSE, List.of()),
				new SectionSpec("六", 6, "其他需要报告的事项", List.of(), SectionKind.PROSE, List.of()));
	}

	/** A table of section 二: 第二十条第（clause）项 with the 信息内容 corner. */
	static TableSpec clauseTable(String clauseNumber, int clause, List<ColumnSpec> columns, RowSpec... rows) {
		return new TableSpec("art20." + clause, "第二十条第（" + clauseNumber + "）项", CORNER_CONTENT, columns,
				List.of(rows), null);
	}

	/** The 2019-60 （六）其他处理: a single row. */
	static List<RowSpec> singleOtherHandlingRow() {
		return List.of(RowSpec.grouped("other", List.of(RESULTS_GROUP), "（六）其他处理", "其他处理"));
	}

	/** The 2021-30 （六）其他处理: three numbered rows. */
	static List<RowSpec> splitOtherHandlingRows() {
		return items("other", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
				"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");
	}

	private static TableSpec applicationsTable(List<RowSpec> otherHandlingRows) {
		var rows = new ArrayList<RowSpec>();
		rows.add(RowSpec.of("new", "一、本年新收政府信息公开申请数量", "一", "本年新收"));
		rows.add(RowSpec.of("carried", "二、上年结转政府信息公开申请数量", "二", "上年结转"));
		rows.addAll(resultRows(otherHandlingRows));
		rows.add(RowSpec.grouped(TOTAL, List.of(RESULTS_GROUP), "（七）总计", "第三项").asTotal());
		rows.add(RowSpec.of("carriedOver", "四、结转下年度继续办理", "四", "结转下年度"));
		var columns = List.of(ColumnSpec.count("natural", "自然人"), ColumnSpec.count("business", "商业企业", "商业"),
				ColumnSpec.count("research", "科研机构", "科研"), ColumnSpec.count("charity", "社会公益组织", "公益组织"),
				ColumnSpec.count("legal", "法律服务机构", "法律服务"), ColumnSpec.count("otherOrg", "其他", "其他组织"),
				ColumnSpec.total(TOTAL, "总计"));
		return new TableSpec(APPLICATIONS, null, "申请人情况", columns, rows, applicationsLayout(columns));
	}

	private static List<RowSpec> resultRows(List<RowSpec> otherHandlingRows) {
		var rows = new ArrayList<RowSpec>();
		rows.add(RowSpec.grouped("granted", List.of(RESULTS_GROUP), "（一）予以公开", "予以公开"));
		rows.add(RowSpec.grouped("partly", List.of(RESULTS_GROUP), "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"));
		var withheld = new ArrayList<>(items("withheld", "（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
				"4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"));
		// 洪泽区 2023/2024 print 其他法律行政止公开 (spec §7)
		withheld.set(1, withheld.get(1).withAlias("其他法律行政止公开"));
		rows.addAll(withheld);
		rows.addAll(items("unavailable", "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
				"3.补正后申请内容仍不明确"));
		rows.addAll(items("refused", "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
				"4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"));
		rows.addAll(otherHandlingRows);
		return rows;
	}

	/** Numbered items under a group: keys prefix.1, prefix.2 …; messages name them （三）1.属于国家秘密. */
	private static List<RowSpec> items(String keyPrefix, String group, String... labels) {
		var groupNumber = group.substring(0, group.indexOf('）') + 1);
		var rows = new ArrayList<RowSpec>();
		for (int i = 0; i < labels.length; i++) {
			rows.add(RowSpec.grouped(keyPrefix + "." + (i + 1), List.of(RESULTS_GROUP, group), labels[i],
					groupNumber + labels[i]));
		}
		return rows;
	}

	private static PrintLayout applicationsLayout(List<ColumnSpec> columns) {
		var organisations = columns.subList(1, columns.size() - 1);
		return new PrintLayout(List.of(
				List.of(new HeaderCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
						new HeaderCell("申请人情况", columns.size(), 1)),
				List.of(new HeaderCell(columns.get(0).label(), 1, 2), new HeaderCell("法人或其他组织", organisations.size(), 1),
						new HeaderCell(columns.get(columns.size() - 1).label(), 1, 2)),
				organisations.stream().map(column -> new HeaderCell(column.label(), 1, 1)).toList()), null);
	}

	/**
	 * Table 四 is written as 3 rows × 5 columns, which reads like a table; the official form prints the
	 * same 15 numbers as a single row under merged headers, described by its layout.
	 */
	private static TableSpec appealsTable() {
		var columns = List.of(ColumnSpec.count("upheld", "结果维持", "维持", "结果维护"),
				ColumnSpec.count("corrected", "结果纠正", "纠正"), ColumnSpec.count("otherResult", "其他结果", "其他"),
				ColumnSpec.count("pending", "尚未审结", "未结", "尚未"), ColumnSpec.total(TOTAL, "总计"));
		var review = RowSpec.of("review", "行政复议", "行政复议", "复议");
		var suit = RowSpec.of("suit", "未经复议直接起诉", "未经复议直接起诉", "直接起诉");
		var suitAfterReview = RowSpec.of("suitAfterReview", "复议后起诉");
		var rows = List.of(review, suit, suitAfterReview);
		return new TableSpec(APPEALS, null, null, columns, rows, appealsLayout(columns, rows));
	}

	private static PrintLayout appealsLayout(List<ColumnSpec> columns, List<RowSpec> rows) {
		int width = columns.size();
		var lawsuits = rows.subList(1, rows.size());
		var second = new ArrayList<HeaderCell>();
		columns.forEach(column -> second.add(new HeaderCell(column.label(), 1, 2)));
		lawsuits.forEach(row -> second.add(new HeaderCell(row.label(), width, 1)));
		var third = lawsuits.stream()
				.flatMap(row -> columns.stream().map(column -> new HeaderCell(column.label(), 1, 1))).toList();
		var data = rows.stream().flatMap(row -> columns.stream().map(column -> new CellRef(APPEALS, row.key(), column.key())))
				.toList();
		return new PrintLayout(List.of(List.of(new HeaderCell(rows.get(0).label(), width, 1),
				new HeaderCell("行政诉讼", width * lawsuits.size(), 1)), second, third), List.of(data));
	}

	/** R1–R4 for the given table 三 (R2 sums exactly the version's result rows). */
	static List<BalanceRule> balanceRules(List<SectionSpec> sections) {
		var applications = sections.stream().flatMap(section -> section.tables().stream())
				.filter(table -> table.key().equals(APPLICATIONS)).findFirst().orElseThrow();
		var results = applications.rows().stream().map(RowSpec::key)
				.dropWhile(key -> !key.equals("granted")).takeWhile(key -> !key.equals(TOTAL)).toList();
		return List.of(
				new BalanceRule("R1", APPLICATIONS, Scope.PER_COLUMN, TOTAL, List.of("new", "carried"),
						List.of("carriedOver"), false),
				new BalanceRule("R2", APPLICATIONS, Scope.PER_COLUMN, TOTAL, results, List.of(), true),
				new BalanceRule("R3", APPLICATIONS, Scope.PER_ROW, TOTAL, APPLICANT_COLUMNS, List.of(), true),
				new BalanceRule("R4", APPEALS, Scope.PER_ROW, TOTAL, APPEAL_RESULT_COLUMNS, List.of(), true));
	}

	/** R8: this year's 上年结转 is last year's 结转下年度继续办理, column by column. */
	static CrossYearRule carriedApplications() {
		return new CrossYearRule("R8", APPLICATIONS, Scope.PER_COLUMN, "carried",
				List.of(YearTerm.lastYear("carriedOver")));
	}

	/**
	 * R11: what reports state in prose about tables 三 and 四, each phrase with the cells it counts. The
	 * results of appeals are read in the context of the 行政复议 or 行政诉讼 named before them.
	 */
	static List<ProseFigure> proseFigures(List<SectionSpec> sections) {
		var applications = sections.stream().flatMap(section -> section.tables().stream())
				.filter(table -> table.key().equals(APPLICATIONS)).findFirst().orElseThrow();
		// 受理 counts every application handled this year, those carried over from last year too (共受理 35 件，
		// 其中本年新收 32 件、上年结转 3 件)
		var figures = new ArrayList<>(List.of(figure(List.of("本年新收", "新收"), totalOf("new")),
				figure(List.of("受理"), new CellRef(APPLICATIONS, "new", TOTAL), new CellRef(APPLICATIONS, "carried", TOTAL)),
				figure(List.of("上年结转"), totalOf("carried")),
				figure(List.of("结转下年度", "结转至下年度", "顺延"), totalOf("carriedOver")),
				figure(List.of("办结", "答复"), totalOf(TOTAL)),
				figure(List.of("予以公开"), totalOf("granted")), figure(List.of("部分公开"), totalOf("partly")),
				figure(List.of("不予公开"), totalsOfGroup(applications, "withheld")),
				figure(List.of("无法提供"), totalsOfGroup(applications, "unavailable")),
				figure(List.of("不予处理"), totalsOfGroup(applications, "refused")),
				figure(List.of("其他处理"), totalsOfGroup(applications, "other")),
				figure(List.of("行政复议"), appeals(List.of("review"), TOTAL)),
				figure(List.of("行政诉讼"), appeals(LAWSUITS, TOTAL))));
		var results = List.of(List.of("结果维持", "维持"), List.of("结果纠正", "纠正"), List.of("其他结果"),
				List.of("尚未审结", "未审结"));
		for (int i = 0; i < results.size(); i++) {
			var column = APPEAL_RESULT_COLUMNS.get(i);
			figures.add(new ProseFigure("R11", results.get(i), List.of(appeals(List.of("review"), column)), "件", FIGURE_WINDOW, "行政复议"));
			figures.add(new ProseFigure("R11", results.get(i), List.of(appeals(LAWSUITS, column)), "件", FIGURE_WINDOW, "行政诉讼"));
		}
		return figures;
	}

	private static CellRef[] totalOf(String row) {
		return new CellRef[] { new CellRef(APPLICATIONS, row, TOTAL) };
	}

	/** The totals of every row of a group (（三）不予公开 1. … 8.), whichever rows this version has. */
	private static CellRef[] totalsOfGroup(TableSpec applications, String keyPrefix) {
		return applications.rows().stream().filter(row -> row.key().equals(keyPrefix) || row.key().startsWith(keyPrefix + "."))
				.map(row -> new CellRef(APPLICATIONS, row.key(), TOTAL)).toArray(CellRef[]::new);
	}

	private static CellRef[] appeals(List<String> rows, String column) {
		return rows.stream().map(row -> new CellRef(APPEALS, row, column)).toArray(CellRef[]::new);
	}

	/** R11: counts of applications and cases, quoted as N 件 within 20 characters of their phrase. */
	private static ProseFigure figure(List<String> phrases, CellRef... cells) {
		return new ProseFigure("R11", phrases, List.of(cells), "件", FIGURE_WINDOW, null);
	}

	static <T> List<T> concat(List<T> first, List<T> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}
}
