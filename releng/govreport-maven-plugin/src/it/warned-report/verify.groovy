// A township reporting rules (规章) it cannot make: warnings, which do not fail the build, and which
// the SARIF file carries with the report named relative to the project.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('govreport: 1 reports checked, 0 errors, 3 warnings')
assert log.contains('BUILD SUCCESS')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/govreport-findings.sarif'), 'UTF-8')
def results = sarif.runs[0].results.findAll { it.level != 'note' }
assert results*.ruleId == ['govreport.level.R6'] * 3
assert results*.level == ['warning'] * 3
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/govreport/%E6%B1%9F%E5%9F%8E%E9%95%87-2020.govreport'
assert results[0].locations[0].physicalLocation.region.startLine == 16
