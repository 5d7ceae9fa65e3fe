package org.govreport.headless;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.govreport.dsl.skeleton.ReportSkeleton;
import org.govreport.dsl.template.CellRef;
import org.govreport.dsl.template.Identity;
import org.govreport.dsl.template.Inequality;
import org.govreport.dsl.template.SectionKind;
import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.ValueKind;

/**
 * Random reports that balance, made from the template description alone: random figures in every cell
 * that is not a total, then each identity that no total defines (一 + 二 = 三 + 四) made true by solving it
 * for its first term, and each soft ordering (R10) respected. Totals are left to be computed.
 */
final class RandomBalancedReports {
	private final TemplateDescription template;
	private final Random random;

	RandomBalancedReports(TemplateDescription template, long seed) {
		this.template = template;
		this.random = new Random(seed);
	}

	/** The figures of the cells a writer fills in, by cell. */
	Map<CellRef, BigDecimal> figures() {
		var figures = new HashMap<CellRef, BigDecimal>();
		for (TableSpec table : template.tables()) {
			for (var row : table.rows()) {
				for (var column : table.columns()) {
					var cell = new CellRef(table.key(), row.key(), column.key());
					if (!template.isTotal(cell)) {
						figures.put(cell, row.needsRuleMakingPower() ? BigDecimal.ZERO : randomFigure(column.kind()));
					}
				}
			}
		}
		for (Identity identity : template.identities()) {
			if (!identity.definesResult() && figures.containsKey(identity.plus().get(0))) {
				solveForFirstTerm(identity, figures);
			}
		}
		for (Inequality inequality : template.inequalities()) {
			var table = template.table(inequality.table()).orElseThrow();
			for (String along : inequality.scope().linesAlong(table)) {
				var lesser = inequality.scope().cell(table.key(), inequality.lesser(), along);
				var greater = inequality.scope().cell(table.key(), inequality.greater(), along);
				figures.put(lesser, figures.get(lesser).min(figures.get(greater)));
			}
		}
		return figures;
	}

	/** The report as a writer would type it: every table full, totals blank. */
	String text(String organ, int year, Map<CellRef, BigDecimal> figures) {
		var skeleton = new ReportSkeleton();
		var lines = new ArrayList<String>(List.of("机关：" + organ, "年度：" + year, "格式：" + template.id()));
		for (SectionSpec section : template.sections()) {
			lines.add(section.officialHeading());
			if (section.kind() == SectionKind.PROSE) {
				lines.add("\"\"\"\n\"\"\"");
			}
			section.tables().forEach(table -> lines.addAll(skeleton.table(table,
					(row, column) -> figures.get(new CellRef(table.key(), row.key(), column.key())).toPlainString())));
		}
		return String.join("\n", lines) + "\n";
	}

	private BigDecimal randomFigure(ValueKind kind) {
		return switch (kind) {
			case AMOUNT -> BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
			case SIGNED_DELTA -> BigDecimal.valueOf(random.nextInt(21) - 10);
			default -> BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(50));
		};
	}

	/** result = Σ plus − Σ minus, with the first plus term as the unknown; others set to 0 if it would go negative. */
	private void solveForFirstTerm(Identity identity, Map<CellRef, BigDecimal> figures) {
		var unknown = identity.plus().get(0);
		var others = identity.plus().subList(1, identity.plus().size());
		var value = value(identity.result(), figures).add(sum(identity.minus(), figures)).subtract(sum(others, figures));
		if (value.signum() < 0) {
			others.forEach(cell -> figures.put(cell, BigDecimal.ZERO));
			value = value(identity.result(), figures).add(sum(identity.minus(), figures));
		}
		figures.put(unknown, value);
	}

	private BigDecimal value(CellRef cell, Map<CellRef, BigDecimal> figures) {
		var definition = template.definitions().get(cell);
		if (definition == null) {
			return figures.getOrDefault(cell, BigDecimal.ZERO);
		}
		return sum(definition.plus(), figures).subtract(sum(definition.minus(), figures));
	}

	private BigDecimal sum(List<CellRef> cells, Map<CellRef, BigDecimal> figures) {
		return cells.stream().map(cell -> value(cell, figures)).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
