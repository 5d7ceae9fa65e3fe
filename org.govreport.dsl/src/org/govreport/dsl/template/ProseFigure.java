package org.govreport.dsl.template;

import java.util.List;

/**
 * A figure that reports usually quote in prose (本年新收…N件): the phrases that introduce it and the
 * table cells whose sum it must equal.
 */
public record ProseFigure(String ruleId, List<String> phrases, List<CellRef> cells) {
}
