package org.govreport.dsl.validation;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.govreport.dsl.diagnostic.IssueCodes;

/**
 * Lets through the first {@link #LIMIT} issues of a file and folds the rest into one last issue,
 * "另有 N 处问题未列出": a file of junk once gave a million findings (257 MB of text, 3.4 GB of memory, one
 * 336 MB message to the editor), none of them more useful than the first few.
 */
final class FindingsCap implements IAcceptor<Issue> {
	public static final int LIMIT = 200;

	private final List<Issue> accepted;
	private Issue.IssueImpl more;
	private long hidden;

	FindingsCap(List<Issue> accepted) {
		this.accepted = accepted;
	}

	static String moreMessage(long hidden) {
		return "… 另有 " + hidden + " 处问题未列出（每个文件最多列出 " + LIMIT + " 处）";
	}

	/**
	 * The issue data of the folded finding: the count third, where a fix's value stands, with no replacement
	 * and no fix kind first, so that no quick fix and no "fix" in the findings offers to write the count.
	 */
	static String[] countData(long hidden) {
		return new String[] { "", "", String.valueOf(hidden) };
	}

	@Override
	public void accept(Issue issue) {
		if (IssueCodes.FINDINGS_MORE.equals(issue.getCode())) {
			// The report checks fold their own surplus; it joins this count.
			hide(issue, Long.parseLong(issue.getData()[2]));
		} else if (accepted.size() - (more == null ? 0 : 1) < LIMIT) {
			accepted.add(issue);
		} else {
			hide(issue, 1);
		}
	}

	private void hide(Issue issue, long count) {
		if (more == null) {
			more = new Issue.IssueImpl();
			more.setCode(IssueCodes.FINDINGS_MORE);
			more.setType(CheckType.FAST);
			more.setSeverity(Severity.WARNING);
			more.setUriToProblem(issue.getUriToProblem());
			more.setOffset(issue.getOffset());
			more.setLength(0);
			more.setLineNumber(issue.getLineNumber());
			more.setColumn(issue.getColumn());
			more.setLineNumberEnd(issue.getLineNumber());
			more.setColumnEnd(issue.getColumn());
			accepted.add(more);
		}
		if (issue.getSeverity() == Severity.ERROR) {
			more.setSeverity(Severity.ERROR);
		}
		hidden += count;
		more.setMessage(moreMessage(hidden));
		more.setData(countData(hidden));
	}
}
