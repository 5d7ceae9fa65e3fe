package org.govreport.dsl.template;

import java.util.List;

/** An administrative level of the reporting organ; only some levels may make 规章 (立法法). */
public record OrganLevel(String name, List<String> aliases, boolean canMakeRules) {
}
