#!/usr/bin/env bash
# Runs the warm-floor experiment (see README.md here): the same scan repeated in one JVM, first
# with the launcher's JIT setting (C1 only), then with both JIT compilers, on a generated tree.
# Usage: bash bench/experiments/warm-floor/run.sh [SCALE] [SCANS]   (defaults 1 and 6; needs the built jars)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
checkout="$(cd "$here/../../.." && pwd)"
scale="${1:-1}"
scans="${2:-6}"
jar="$checkout/rules/target/allocpath.jar"
[ -f "$jar" ] && [ -d "$checkout/bench/target/classes" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
# The JVM the launcher would pick (JDK 25 when installed), so the figures compare with its scans.
java="${ALLOCPATH_JAVA_HOME:-}"
if [ -z "$java" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
    [ -x "$candidate/bin/java" ] && { java="$candidate"; break; }
  done
fi
java="${java:+$java/bin/}java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$java" -cp "$checkout/bench/target/classes" dev.allocpath.bench.ProjectGenerator \
  --out "$work/tree" --scale "$scale" --seed 20240607 --build-info "$work/info" >/dev/null
mkdir -p "$work/classes"
"${java%java}javac" -nowarn -d "$work/classes" -cp "$jar" "$here/src/WarmScans.java"
cp="$work/classes:$jar"
# The launcher's flags, less its class-data archive (which only shortens the first scan).
flags=(-Xss16m -XX:+UseSerialGC -XX:-StackTraceInThrowable -Dallocpath.phases=true)
show() { grep -E 'warm-floor|parse CPU|units parsed|report written' | sed 's/^allocpath phase: *//'; }
echo "== $("$java" -version 2>&1 | head -n 1); scale $scale; $scans scans in one JVM, C1 only (as the launcher runs)"
"$java" "${flags[@]}" -XX:TieredStopAtLevel=1 -cp "$cp" WarmScans "$scans" "$work/tree" 2>&1 | show
echo "== the same with C1 and C2 (the JVM's default)"
"$java" "${flags[@]}" -cp "$cp" WarmScans "$scans" "$work/tree" 2>&1 | show
