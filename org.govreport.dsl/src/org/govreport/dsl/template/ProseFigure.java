package org.govreport.dsl.template;

import java.util.List;

/**
 * A figure that reports usually quote in prose (本年新收…N件): the phrases that introduce it, the table
 * cells whose sum it must equal, the unit written after it, and how many characters of the same clause
 * may stand between phrase and figure (further on, a number belongs to something else).
 */
public record ProseFigure(String ruleId, List<String> phrases, List<CellRef> cells, String unit, int clauseWindow) {
}
