package org.govreport.dsl.template;

import java.util.Map;
import java.util.Optional;

/**
 * What the template asks the writer to put in the preamble and in each prose section, as the hint a new
 * report carries above each prose block. The same for both template versions.
 */
public final class ProseHints {
	/** The preamble: what every published report opens with. */
	public static final String PREAMBLE = "前言：编制依据、本报告的组成、统计期限（自某年1月1日起至12月31日止）和查阅方式";

	private static final Map<String, String> BY_SECTION = Map.of(
			"一", "主动公开、依申请公开、政府信息管理、平台建设、监督保障等情况；小标题写作“（一）主动公开情况”",
			"五", "本年工作存在的主要问题，以及针对问题的改进措施和上年问题的整改情况",
			"六", "收取信息处理费、人大代表建议和政协提案办理结果公开、年度政务公开工作要点落实等情况；没有写“无。”");

	private ProseHints() {
	}

	/** The hint for a prose section, by its number (一、五、六). */
	public static Optional<String> of(SectionSpec section) {
		return Optional.ofNullable(BY_SECTION.get(section.number()));
	}
}
