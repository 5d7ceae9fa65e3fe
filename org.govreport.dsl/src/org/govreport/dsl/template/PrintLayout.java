package org.govreport.dsl.template;

import java.util.List;

/**
 * How a renderer prints a table when the official form differs from the rows × columns the language
 * uses. Section 四 is written as 3 rows × 5 columns but printed as one row of 15 cells under three
 * header rows with merged cells.
 *
 * @param headerRows the header rows, each cell with its merges
 * @param dataRows the printed data rows, each a sequence of cells of the written table
 */
public record PrintLayout(List<List<HeaderCell>> headerRows, List<List<CellRef>> dataRows) {
}
