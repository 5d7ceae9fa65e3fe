package org.govreport.headless;

/** The version every headless tool reports (command line, SARIF driver, Maven plugin). */
public final class GovReportVersion {
	public static final String VERSION = "0.1.0";

	private GovReportVersion() {
	}
}
