package org.govreport.dsl.ide.document;

import org.govreport.dsl.template.SectionSpec;
import org.govreport.dsl.template.TableSpec;
import org.govreport.dsl.template.TemplateDescription;

/** How the IDE names a table: its printed name, or for a table printed without one, its section's heading. */
public final class TableNames {

	private TableNames() {
	}

	public static String of(TemplateDescription template, TableSpec table) {
		if (table.displayName() != null) {
			return table.displayName();
		}
		return template.sectionOf(table).map(SectionSpec::heading).orElse(table.key());
	}
}
