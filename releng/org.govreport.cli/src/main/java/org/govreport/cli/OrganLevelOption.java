package org.govreport.cli;

import java.util.stream.Collectors;

import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The --level option of the commands that write a report: a level the template knows, or bad usage. */
final class OrganLevelOption {

	private OrganLevelOption() {
	}

	/** @return null when no level was given */
	static OrganLevel parse(String name, CommandSpec spec) {
		if (name == null) {
			return null;
		}
		return OrganLevels.byName(name).orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown --level '"
				+ name + "'; one of " + OrganLevels.all().stream().map(OrganLevel::name).collect(Collectors.joining(", "))));
	}
}
