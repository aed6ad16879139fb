#!/usr/bin/env bash
# The launcher's JVM setup: stack traces in exceptions are off for speed (CDT throws one per C++
# integer literal) and back on with --debug, the only mode that prints them; and the class-data
# archive it trains holds picocli's classes (Java 5 class files, which only a static archive can)
# and belongs to one JVM (an archive of another JDK build is replaced, not kept).
set -euo pipefail
cd "$(dirname "$0")/.."

flag() {
  ALLOCPATH_JAVA_OPTS=-XX:+PrintFlagsFinal ./allocpath "$@" 2>/dev/null \
    | awk '$2 == "StackTraceInThrowable" {print $4}'
}
passed=0
failed=0
check() {
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    echo "FAIL: $1: StackTraceInThrowable is '$2', expected '$3'"
    failed=$((failed + 1))
  fi
}
check "a normal run" "$(flag --version)" false
check "a --debug run" "$(flag scan --debug --help)" true
source_of_picocli="$(ALLOCPATH_JAVA_OPTS=-Xlog:class+load=info ./allocpath --version 2>/dev/null \
  | grep -m1 ' picocli.CommandLine source:' | sed 's/.*source: //')"
if [ "$source_of_picocli" = "shared objects file" ]; then
  passed=$((passed + 1))
else
  echo "FAIL: picocli.CommandLine loaded from '$source_of_picocli', not from the class-data archive"
  failed=$((failed + 1))
fi
# Pretend the JDK was updated: the only archive is another JVM's.
for archive in rules/target/allocpath*.jsa; do
  [ -e "$archive" ] && mv -f "$archive" rules/target/allocpath-0-0.jsa
done
./allocpath --version >/dev/null
if [ ! -e rules/target/allocpath-0-0.jsa ] && compgen -G 'rules/target/allocpath-*.jsa' >/dev/null; then
  passed=$((passed + 1))
else
  echo "FAIL: the archive of another JVM was not replaced: $(ls rules/target/*.jsa 2>/dev/null)"
  failed=$((failed + 1))
fi
# That run trained a new archive: its scan wrote its report to a file of its own, which is gone,
# and never renamed anything over a device (as root it once replaced /dev/null).
if [ -c /dev/null ] && ! compgen -G 'rules/target/*.sarif' >/dev/null; then
  passed=$((passed + 1))
else
  echo "FAIL: the training run left a report behind or /dev/null is no longer a device"
  failed=$((failed + 1))
fi
echo "launcher test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
