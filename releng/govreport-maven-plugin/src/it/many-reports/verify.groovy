// The four township reports were summed into the county's report, and their figures written to a workbook.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('govreport: summed 4 reports into ')
assert log.contains('govreport: wrote ')
def summed = new File(basedir, 'target/govreport/某区人民政府办公室-2020.govreport').getText('UTF-8')
assert summed.contains('\n机关：某区人民政府办公室\n年度：2020\n格式：2019-60\n层级：县级政府\n')
assert summed.contains('# 汇总自：')
assert summed =~ /政府集中采购 +\| +99 \| 110520\.201/
def workbook = new File(basedir, 'target/govreport/reports.xlsx')
assert workbook.bytes[0..1] == 'PK'.bytes as List
