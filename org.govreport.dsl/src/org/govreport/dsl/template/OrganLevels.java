package org.govreport.dsl.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organ levels the 层级 field accepts. */
public final class OrganLevels {
	private static final List<OrganLevel> ALL = List.of(
			new OrganLevel("乡镇", List.of("街道", "乡镇（街道）", "乡", "镇"), false),
			new OrganLevel("县级部门", List.of("区县部门", "县直部门"), false),
			new OrganLevel("县级政府", List.of("区县政府", "县政府", "区政府"), false),
			new OrganLevel("市级部门", List.of("市直部门"), false),
			new OrganLevel("设区的市政府", List.of("市政府", "设区的市人民政府"), true),
			new OrganLevel("省级部门", List.of("省直部门"), false),
			new OrganLevel("省级政府", List.of("省政府", "自治区政府", "直辖市政府"), true),
			new OrganLevel("国务院部门", List.of("部委"), true));

	/** Name endings that show the level without doubt; 市人民政府 does not (县级市 or 设区的市). */
	private static final Map<String, List<String>> NAME_ENDINGS = Map.of(
			"乡镇", List.of("镇", "乡", "街道", "街道办事处", "镇人民政府", "乡人民政府", "镇政府", "乡政府"),
			"县级政府", List.of("县人民政府", "区人民政府", "县政府", "区政府"));

	private OrganLevels() {
	}

	/** The level an organ's name shows by its ending (…镇人民政府, …街道办事处), if it shows one. */
	public static Optional<OrganLevel> byOrganName(String organ) {
		return NAME_ENDINGS.entrySet().stream()
				.filter(entry -> entry.getValue().stream().anyMatch(ending -> organ.endsWith(ending)))
				.findFirst().flatMap(entry -> byName(entry.getKey()));
	}

	public static List<OrganLevel> all() {
		return ALL;
	}

	public static Optional<OrganLevel> byName(String text) {
		var wanted = LabelNormaliser.normalise(text);
		return ALL.stream().filter(level -> LabelNormaliser.normalise(level.name()).equals(wanted)
				|| level.aliases().stream().anyMatch(alias -> LabelNormaliser.normalise(alias).equals(wanted)))
				.findFirst();
	}
}
