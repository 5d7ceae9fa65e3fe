package org.govreport.dsl.diagnostic;

public enum Severity {
	ERROR, WARNING
}
