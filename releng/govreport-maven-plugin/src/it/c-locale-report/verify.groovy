// Under LC_ALL=C the plugin stops at once with one sentence saying what to set, instead of a stack trace
// per report or a build that silently checks nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('govreport: the locale is not UTF-8 (LC_ALL/LANG unset or C), so file names with Chinese characters cannot be read; set LC_ALL=C.UTF-8 (or any UTF-8 locale) and run again (before mvn)') : 'no advice in build.log'
assert !log.contains('InvalidPathException')
assert !new File(basedir, 'target/govreport').exists()
