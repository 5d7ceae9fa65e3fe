package org.govreport.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.files.OutputNames;
import org.junit.jupiter.api.Test;

/** The one place file names are made from what a user typed as the organ (documents, imports, new reports). */
class OutputNamesTest {

	@Test
	void anOrganKeepsItsLettersAndLosesEverythingElse() {
		assertEquals("江城镇-2020", OutputNames.baseName("江城镇", 2020));
		assertEquals("etc_x-2021", OutputNames.baseName("../../etc/x", 2021));
		assertEquals("霍山县_衡山镇-2020", OutputNames.baseName("霍山县 衡山镇", 2020));
		assertEquals("report", OutputNames.baseName("..", null));
	}
}
