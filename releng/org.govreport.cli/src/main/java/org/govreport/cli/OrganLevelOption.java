package org.govreport.cli;

import java.util.Iterator;
import java.util.stream.Collectors;

import org.govreport.dsl.template.OrganLevel;
import org.govreport.dsl.template.OrganLevels;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The --level option of the commands that write a report: a level the template knows, or bad usage. */
final class OrganLevelOption {

	private OrganLevelOption() {
	}

	/** The level names, as the help lists them and the option accepts them: from the template data. */
	static final class Names implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return OrganLevels.all().stream().map(OrganLevel::name).iterator();
		}
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
