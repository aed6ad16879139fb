#!/usr/bin/env bash
# Runs the PDOM-index experiment (see README.md here) on a generated benchmark tree.
# Usage: bash bench/experiments/pdom-index/run.sh [SCALE]   (default 1; needs the built jar)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
checkout="$(cd "$here/../../.." && pwd)"
scale="${1:-1}"
jar="$checkout/rules/target/allocpath.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$checkout/bench/target/classes" dev.allocpath.bench.ProjectGenerator \
  --out "$work/tree" --scale "$scale" --seed 20240607 --build-info "$work/info" >/dev/null
mkdir -p "$work/classes"
# The shims come first on the class path so that they replace CDT's registry-bound classes.
javac -nowarn -d "$work/classes" -cp "$jar" $(find "$here/shims" "$here/src" -name '*.java') 2>&1 \
  | grep -v '^Note:' || true
cp="$work/classes:$jar"
echo "== CDT's indexer (PDOM), scale $scale"
java -Xss16m -cp "$cp" PdomIndexExperiment "$work/info"
echo "== every unit with its headers' text (no index), scale $scale"
java -Xss16m -cp "$cp" PlainParseExperiment "$work/info"
echo "== allocpath scan (cold, no cache), scale $scale"
"$checkout/allocpath" --version >/dev/null  # any build or archive training is not timed
(cd "$work/tree" && /usr/bin/time -f "allocpath scan: %e s wall, %U s user" \
  "$checkout/allocpath" scan . --format sarif --output "$work/out.sarif" >/dev/null 2>"$work/scan.err" || true)
tail -1 "$work/scan.err"
