package org.govreport.dsl.template;

/** A plausibility rule: in every row (or column) the lesser line should not exceed the greater one. */
public record Inequality(String ruleId, String table, Scope scope, String lesser, String greater) {
}
