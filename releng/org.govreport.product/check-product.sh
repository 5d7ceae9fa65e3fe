#!/usr/bin/env bash
# Checks the product archives as a user meets them (run by this module's pom in integration-test):
# GNU tar unpacks the tar.gz without a word (no LIBARCHIVE.* headers), the launcher is executable, and
# govreport-ide picks a Java 17+, applies eclipse.ini's -vmargs and passes its arguments on (a stand-in
# java records the command line instead of starting Eclipse).
# Usage: check-product.sh TAR_GZ WORK_DIR
set -euo pipefail
archive=$1 work=$2
fail() { echo "product check: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/unpacked"
tar xzf "$archive" -C "$work/unpacked" 2>"$work/tar.err" || fail "tar could not unpack $archive: $(cat "$work/tar.err")"
[ ! -s "$work/tar.err" ] || fail "GNU tar printed: $(head -3 "$work/tar.err")"
ide="$work/unpacked/govreport-ide"
for file in govreport-ide govreport-ide.desktop govreport-ide.png LICENSE NOTICE eclipse.ini log4j.properties; do
  [ -e "$ide/$file" ] || fail "$file is missing at the top of the installation"
done
[ -x "$ide/govreport-ide" ] || fail "govreport-ide is not executable"

# JAVA_HOME names a Java 11 and the PATH has a Java 17: the launcher must skip the old one.
mkdir -p "$work/jdk11/bin" "$work/jdk17/bin"
stand_in() {
  cat >"$1" <<STUB
#!/usr/bin/env bash
if [ "\$1" = "-XshowSettings:properties" ]; then echo "    java.specification.version = $2"; exit 0; fi
printf '%s\n' "\$@" >"$work/java-$2.args"
STUB
  chmod +x "$1"
}
stand_in "$work/jdk11/bin/java" 11
stand_in "$work/jdk17/bin/java" 17
env -u GOVREPORT_JAVA JAVA_HOME="$work/jdk11" PATH="$work/jdk17/bin:/usr/bin:/bin" \
  "$ide/govreport-ide" -data "$work/my workspace" || fail "govreport-ide failed"
[ ! -e "$work/java-11.args" ] || fail "govreport-ide started Java 11"
args="$work/java-17.args"
[ -f "$args" ] || fail "govreport-ide did not start Java 17"
sed -n '/^-vmargs$/,$p' "$ide/eclipse.ini" | tail -n +2 | while IFS= read -r option; do
  grep -qxF -- "$option" "$args" || fail "eclipse.ini's $option was not passed to Java"
done
grep -qx -- "-jar" "$args" || fail "no -jar in $(tr '\n' ' ' <"$args")"
grep -qxF -- "$work/my workspace" "$args" || fail "the arguments were not passed on: $(tr '\n' ' ' <"$args")"
echo "product check: $(basename "$archive") unpacks quietly; govreport-ide ran Java 17 with: $(tr '\n' ' ' <"$args")"
