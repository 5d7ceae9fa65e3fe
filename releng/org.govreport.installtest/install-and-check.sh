#!/usr/bin/env bash
# The installation test (run by this module's pom in integration-test; needs a display, e.g. xvfb-run):
#  1. copies the bare Eclipse Platform built by releng/org.govreport.platform (no govreport bundle in it);
#  2. installs org.govreport.feature from the update site's zipped archive with p2's director, headless,
#     as "Install New Software" would; the director fails if anything the feature needs is missing;
#  3. starts that Eclipse with the check bundle (InstallationCheck), which opens an example report in the
#     editor, breaks a balance and waits for the error marker on that cell, then writes OK or FAILED.
# Usage: install-and-check.sh PLATFORM_DIR SITE_ZIP CHECK_BUNDLE_JAR REPORT WORK_DIR
set -euo pipefail
platform=$1 site_zip=$2 check_jar=$3 report=$4 work=$5

fail() { echo "installation test: $*" >&2; exit 1; }
[ -d "$platform/plugins" ] || fail "no bare platform at $platform (build releng/org.govreport.platform first)"
[ -f "$site_zip" ] || fail "no update site archive at $site_zip (build releng/org.govreport.site first)"
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY: run the build under xvfb-run, or skip with -DskipInstallTest"

rm -rf "$work"
mkdir -p "$work"
eclipse="$work/eclipse"
cp -r "$platform" "$eclipse"
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar)
if ls "$eclipse"/plugins | grep -q '^org\.govreport\.'; then fail "the bare platform already holds govreport bundles"; fi

echo "installation test: installing org.govreport.feature from $site_zip into $eclipse"
started=$(date +%s)
java -jar "$launcher" -nosplash -consoleLog -application org.eclipse.equinox.p2.director \
  -repository "jar:file:$site_zip!/" -installIU org.govreport.feature.feature.group \
  -destination "$eclipse" -profile DefaultProfile \
  -profileProperties org.eclipse.update.install.features=true >"$work/director.log" 2>&1 \
  || { cat "$work/director.log" >&2; fail "p2 director could not install the feature (log above)"; }
cat "$work/director.log"
echo "installation test: installed in $(( $(date +%s) - started )) s"
grep -q '^org\.govreport\.dsl\.ui,' "$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "org.govreport.dsl.ui is not in the installed configuration"

# The check bundle is not part of what is tested: it is added to the configuration by hand, as a dropin would be.
version=$(unzip -p "$check_jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: //p')
echo "org.govreport.installtest,$version,file:$check_jar,4,false" \
  >>"$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

echo "installation test: starting the installed Eclipse and opening $(basename "$report")"
started=$(date +%s)
result="$work/result.txt"
timeout 300 java -Dgovreport.installtest.result="$result" -Dgovreport.installtest.report="$report" \
  -Xmx1g -jar "$launcher" -nosplash -consoleLog -data "$work/workspace" >"$work/eclipse.log" 2>&1 || true
[ -f "$result" ] || { cat "$work/eclipse.log" >&2; fail "the installed Eclipse wrote no result (its output above)"; }
echo "installation test: $(cat "$result") ($(( $(date +%s) - started )) s)"
grep -q '^OK ' "$result" || { cat "$work/eclipse.log" >&2; fail "the editor check failed"; }
