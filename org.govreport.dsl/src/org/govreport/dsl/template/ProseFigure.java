package org.govreport.dsl.template;

import java.util.List;

/**
 * A figure that reports usually quote in prose (本年新收…N件): the phrases that introduce it, the table
 * cells whose sum it must equal, the unit written after it, and how many characters of the same clause
 * may stand between phrase and figure (further on, a number belongs to something else).
 *
 * @param context for phrases that mean different cells in different places (结果维持 of 行政复议 or of
 *        行政诉讼): the word that must be the last such word before the phrase in its sentence; null when
 *        the phrase alone says what it counts
 */
public record ProseFigure(String ruleId, List<String> phrases, List<CellRef> cells, String unit, int clauseWindow,
		String context) {
}
