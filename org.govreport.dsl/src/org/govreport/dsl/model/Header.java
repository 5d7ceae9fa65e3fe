package org.govreport.dsl.model;

import java.util.List;

import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.TemplateDescription;

/** The header fields once read: what the rest of assembly needs to know before the body. */
record Header(String organ, Integer year, TemplateDescription template, OrganLevel level, String previousReport,
		List<String> summedOrgans) {
}
