// The build failed (invoker.properties) for the balancing error, named where it is, and wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
def finding = 'src/main/govreport/江城镇-2020.govreport:30:20: error [govreport.balance.R1] 一 自然人 应为 0（各项均为 0），实为 1，多 1'
assert log.contains(finding) : "no balancing error in build.log"
assert log.contains('govreport: 1 reports were not built (reports with errors are built with <force>true</force>)')
assert !new File(basedir, 'target/govreport').exists() || new File(basedir, 'target/govreport').list().length == 0
