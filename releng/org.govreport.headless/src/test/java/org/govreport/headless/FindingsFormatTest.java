package org.govreport.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.govreport.dsl.diagnostic.Severity;
import org.junit.jupiter.api.Test;

class FindingsFormatTest {
	private static final Path BALANCED = Path.of("reports", "江城镇-2020.govreport");
	private static final Path UNBALANCED = Path.of("reports", "八桥镇-2020.govreport");

	private static final List<CheckedReport> REPORTS = List.of(new CheckedReport(BALANCED, List.of()),
			new CheckedReport(UNBALANCED, List.of(
					new Finding(UNBALANCED, 31, 22, 31, 23, Severity.ERROR, "govreport.crossYear.R8",
							"二 自然人 应为 2（= 上年 四 自然人 2），实为 0；本年报告 八桥镇-2020.govreport，上年报告 八桥镇-2019.govreport", "2"),
					new Finding(UNBALANCED, 12, 1, 12, 3, Severity.WARNING, "govreport.level.R6",
							"乡镇 无权制定规章", null))));

	@Test
	void textIsOneGccStyleLinePerFinding() {
		expectOutput(FindingsFormat.TEXT, """
				reports/八桥镇-2020.govreport:31:22: error [govreport.crossYear.R8] 二 自然人 应为 2（= 上年 四 自然人 2），实为 0；本年报告 八桥镇-2020.govreport，上年报告 八桥镇-2019.govreport
				reports/八桥镇-2020.govreport:12:1: warning [govreport.level.R6] 乡镇 无权制定规章
				""");
	}

	@Test
	void textIsSilentWhenAllIsWell() {
		assertEquals("", print(FindingsFormat.TEXT, List.of(new CheckedReport(BALANCED, List.of()))));
	}

	@Test
	void jsonCountsThenListsEveryFindingWithItsFix() {
		expectOutput(FindingsFormat.JSON, """
				{
				  "files": 2,
				  "errors": 1,
				  "warnings": 1,
				  "findings": [
				    {
				      "file": "reports/八桥镇-2020.govreport",
				      "line": 31,
				      "column": 22,
				      "endLine": 31,
				      "endColumn": 23,
				      "severity": "error",
				      "code": "govreport.crossYear.R8",
				      "message": "二 自然人 应为 2（= 上年 四 自然人 2），实为 0；本年报告 八桥镇-2020.govreport，上年报告 八桥镇-2019.govreport",
				      "fix": "2"
				    },
				    {
				      "file": "reports/八桥镇-2020.govreport",
				      "line": 12,
				      "column": 1,
				      "endLine": 12,
				      "endColumn": 3,
				      "severity": "warning",
				      "code": "govreport.level.R6",
				      "message": "乡镇 无权制定规章"
				    }
				  ]
				}
				""");
	}

	@Test
	void sarifNamesEachRuleOnceAndPointsAtPercentEncodedFiles() {
		expectOutput(FindingsFormat.SARIF, """
				{
				  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
				  "version": "2.1.0",
				  "runs": [
				    {
				      "tool": {
				        "driver": {
				          "name": "govreport",
				          "version": "0.1.0",
				          "rules": [
				            {
				              "id": "govreport.crossYear.R8"
				            },
				            {
				              "id": "govreport.level.R6"
				            }
				          ]
				        }
				      },
				      "results": [
				        {
				          "ruleId": "govreport.crossYear.R8",
				          "ruleIndex": 0,
				          "level": "error",
				          "message": {
				            "text": "二 自然人 应为 2（= 上年 四 自然人 2），实为 0；本年报告 八桥镇-2020.govreport，上年报告 八桥镇-2019.govreport"
				          },
				          "locations": [
				            {
				              "physicalLocation": {
				                "artifactLocation": {
				                  "uri": "reports/%E5%85%AB%E6%A1%A5%E9%95%87-2020.govreport"
				                },
				                "region": {
				                  "startLine": 31,
				                  "startColumn": 22,
				                  "endLine": 31,
				                  "endColumn": 23
				                }
				              }
				            }
				          ]
				        },
				        {
				          "ruleId": "govreport.level.R6",
				          "ruleIndex": 1,
				          "level": "warning",
				          "message": {
				            "text": "乡镇 无权制定规章"
				          },
				          "locations": [
				            {
				              "physicalLocation": {
				                "artifactLocation": {
				                  "uri": "reports/%E5%85%AB%E6%A1%A5%E9%95%87-2020.govreport"
				                },
				                "region": {
				                  "startLine": 12,
				                  "startColumn": 1,
				                  "endLine": 12,
				                  "endColumn": 3
				                }
				              }
				            }
				          ]
				        }
				      ]
				    }
				  ]
				}
				""");
	}

	@Test
	void sarifValidatesAgainstThe210Schema() {
		assertEquals(List.of(), SarifSchema.errors(print(FindingsFormat.SARIF, REPORTS)));
		assertEquals(List.of(), SarifSchema.errors(print(FindingsFormat.SARIF, List.of(new CheckedReport(BALANCED, List.of())))));
	}

	@Test
	void theSchemaCheckRejectsALevelSarifDoesNotKnow() {
		String fatal = print(FindingsFormat.SARIF, REPORTS).replace("\"level\": \"error\"", "\"level\": \"fatal\"");
		assertNotEquals(List.of(), SarifSchema.errors(fatal));
	}

	private static void expectOutput(FindingsFormat format, String expected) {
		assertEquals(expected, print(format, REPORTS));
	}

	private static String print(FindingsFormat format, List<CheckedReport> reports) {
		StringWriter text = new StringWriter();
		try (PrintWriter out = new PrintWriter(text)) {
			format.print(reports, out);
		}
		return text.toString();
	}
}
