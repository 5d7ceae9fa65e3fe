package org.govreport.dsl.model;

import java.util.Optional;
import java.util.function.Function;

import org.govreport.dsl.template.Match;
import org.govreport.dsl.template.TemplateDescription;
import org.govreport.dsl.template.Templates;

/**
 * Finds which other template version has a row, column or table the report's version lacks, so the
 * error can say "属于 2019-60" instead of just "unknown": mixing versions is a common real mistake.
 */
final class OtherVersions {
	private OtherVersions() {
	}

	static Optional<String> having(TemplateDescription current, String tableKey, String written, MatchKind kind) {
		return lookup(current, template -> template.table(tableKey)
				.map(table -> kind == MatchKind.ROW ? template.matchRow(table, written) : template.matchColumn(table, written))
				.orElse(new Match.NotFound<>()));
	}

	static Optional<String> havingTable(TemplateDescription current, int sectionOrdinal, String written) {
		return lookup(current, template -> template.sections().stream().filter(section -> section.ordinal() == sectionOrdinal)
				.findFirst().<Match<?>>map(section -> template.matchTable(section, written)).orElse(new Match.NotFound<>()));
	}

	private static Optional<String> lookup(TemplateDescription current, Function<TemplateDescription, Match<?>> match) {
		return Templates.all().stream().filter(template -> !template.id().equals(current.id()))
				.filter(template -> match.apply(template) instanceof Match.Found<?>).map(TemplateDescription::id).findFirst();
	}

	enum MatchKind {
		ROW, COLUMN
	}
}
