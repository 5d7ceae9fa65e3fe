package org.govreport.dsl.ide.folding;

import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.govreport.dsl.ide.document.ReportDocument;

/** The language server's folding ranges, from {@link ReportFolding}. */
public class GovReportFoldingRangeProvider implements IFoldingRangeProvider {
	private final ReportFolding folding = new ReportFolding();

	@Override
	public SortedSet<FoldingRange> getFoldingRanges(XtextResource resource, CancelIndicator cancelIndicator) {
		var ranges = new TreeSet<FoldingRange>((first, second) -> first.getOffset() != second.getOffset()
				? Integer.compare(first.getOffset(), second.getOffset()) : Integer.compare(first.getLength(), second.getLength()));
		folding.of(ReportDocument.of(resource)).forEach(region -> ranges.add(new FoldingRange(region.offset(), region.length())));
		return ranges;
	}
}
