// Both reports were built into target/govreport (package), every format, named after organ and year,
// and checked (verify).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('govreport: 2 reports checked, 0 errors, 0 warnings')
assert log.contains('govreport: 10 documents written to ')
def out = new File(basedir, 'target/govreport')
def expected = ['江城镇-2020', '重庆市大渡口区八桥镇-2020'].collectMany { name -> ['html', 'docx', 'pdf', 'txt', 'json'].collect { "${name}.${it}".toString() } }
assert out.list().sort() == expected.sort()
assert new File(out, '江城镇-2020.pdf').bytes[0..3] == '%PDF'.bytes as List
assert new File(out, '江城镇-2020.txt').getText('UTF-8').contains('江城镇')
// The check also wrote its (empty) findings as SARIF, for code scanning.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/govreport-findings.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
// no problem; only a note each that last year's report is not beside it
assert sarif.runs[0].results.findAll { it.level != 'note' } == []
