package org.govreport.dsl.importer;

import java.util.List;

/**
 * The imported report as .govreport text in the canonical layout, the notes also written into it as
 * comments, and the name it suggests for the file (机关-年度.govreport, as cross-year checks look for).
 */
public record ImportResult(String text, List<ImportNote> notes, String suggestedFileName) {
}
