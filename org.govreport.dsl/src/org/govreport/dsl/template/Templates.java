package org.govreport.dsl.template;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registry of template versions; adding a version means adding its description here. */
public final class Templates {
	/** The first year of reports under the 条例 (2008); earlier ones are taken for typing mistakes. */
	public static final int FIRST_YEAR = 2008;
	/** No report is written this far ahead; a later year is a typing mistake. */
	public static final int LAST_YEAR = 2100;

	private static final List<TemplateDescription> ALL = List.of(Template2019v60.create(), Template2021v30.create());

	private Templates() {
	}

	public static List<TemplateDescription> all() {
		return ALL;
	}

	public static Optional<TemplateDescription> byId(String id) {
		var wanted = LabelNormaliser.normalise(id);
		return ALL.stream().filter(template -> template.id().equals(wanted)).findFirst();
	}

	/** The version in force for a report year: the newest one issued for that year or earlier. */
	public static TemplateDescription forYear(int year) {
		return ALL.stream().filter(template -> template.firstYear() <= year)
				.max(Comparator.comparingInt(TemplateDescription::firstYear))
				.orElse(ALL.get(0));
	}
}
