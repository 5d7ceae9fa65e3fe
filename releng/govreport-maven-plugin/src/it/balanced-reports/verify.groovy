def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('govreport: 2 reports checked, 0 errors, 0 warnings')
